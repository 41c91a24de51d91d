// Shapes of the party endpoints (api/src/main/java/dev/clearance/api/party/PartyViews.java and PartyRequests.java).

export type PartyKind = 'ENTITY' | 'INDIVIDUAL' | 'GOVERNMENT';

export const PARTY_KINDS: readonly PartyKind[] = ['ENTITY', 'GOVERNMENT', 'INDIVIDUAL'];

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

export type PartyFacts = {
  validFrom: string | null;
  validTo: string | null;
  organizedIn: string[];
  principalPlaceOfBusiness: string | null;
  usStatus: string | null;
  citizenships: string[];
  locatedIn: string | null;
  primaryResidence: string | null;
  country: string | null;
  designatedCoveredPerson: boolean;
  relationship: string;
  branchOf: string | null;
};

export type Party = {
  id: string;
  kind: PartyKind;
  name: string;
  facts?: PartyFacts | null;
  coveredStatus: PartyStatusSummary | null;
};

/** Body of POST /api/v1/parties (only the fields the UI sends). */
export type RegisterPartyBody = {
  kind: PartyKind;
  name: string;
  facts: {
    validFrom: string;
    organizedIn?: string[];
    principalPlaceOfBusiness?: string;
    country?: string;
    primaryResidence?: string;
  };
};

/** Body of POST /api/v1/parties/{id}/owners. */
export type AddOwnerBody = {
  ownerPartyId: string;
  percent: number;
  validFrom: string;
  source: string;
};

export type Edge = {
  id: string;
  ownerPartyId: string;
  ownedPartyId: string;
  percent: number;
  validFrom: string;
  validTo: string | null;
  source: string;
  createdAt: string;
  createdBy: string;
  archivedAt: string | null;
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

export type OwnerLink = {
  edgeId: string;
  percent: number;
  validFrom: string;
  validTo: string | null;
  source: string;
  owner: TreeNode;
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
  owners: OwnerLink[];
};

export type OwnershipTree = { asOf: string; root: TreeNode };

/** Today's date in UTC (the server decides "today" in UTC), as yyyy-mm-dd. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
