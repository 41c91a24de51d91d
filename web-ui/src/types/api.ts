// Shapes of the Clearance HTTP API (docs/CONTRACTS.md). Kept by hand until the OpenAPI types are generated.

export type UiConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
};

export type Me = {
  username: string;
  name: string;
  roles: string[];
};

export type Vendor = {
  id: string;
  name: string;
  country: string;
  createdAt: string;
  createdBy: string;
};

export type VendorList = {
  items: Vendor[];
  total: number;
};
