// Shapes of the party endpoints (api/src/main/java/dev/clearance/api/party/PartyViews.java).

export type PartyStatusSummary = {
  covered: boolean;
  usPerson: boolean;
  countryOfConcern: boolean;
  limbs: string[];
  coveredOwnershipPercent: number;
  asOf: string;
  determinedAt: string;
  ruleSetVersion: string;
  inputHash: string;
};

export type Party = {
  id: string;
  kind: 'ENTITY' | 'INDIVIDUAL' | 'GOVERNMENT';
  name: string;
  coveredStatus: PartyStatusSummary | null;
};

export type PathStep = { id: string; name: string };

export type CoveredPerson = {
  partyId: string;
  asOf: string;
  covered: boolean;
  usPerson: boolean;
  countryOfConcern: boolean;
  limbs: string[];
  coveredOwnershipPercent: number;
  paths: PathStep[][];
  findings: { citation: string; text: string }[];
  ruleSetVersion: string;
  inputHash: string;
};

export type TreeNode = {
  id: string;
  name: string;
  kind: string;
  covered: boolean;
  countryOfConcern: boolean;
  limbs: string[];
  coveredOwnershipPercent: number;
  cycle: boolean;
  owners: { edgeId: string; percent: number; validFrom: string; validTo: string | null; source: string; owner: TreeNode }[];
};

export type OwnershipTree = { asOf: string; root: TreeNode };
