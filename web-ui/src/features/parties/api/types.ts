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
  /** Who archived the edge; null while it is active (EdgeView.archivedBy). */
  archivedBy: string | null;
  /** The reason given when it was archived, if any (EdgeView.archiveReason). */
  archiveReason?: string | null;
};

/** Body of PUT /api/v1/parties/{id}/facts (PartyRequests.Facts): a new version of the facts from `validFrom`. */
export type FactsBody = {
  validFrom: string;
  validTo?: string | null;
  organizedIn?: string[];
  principalPlaceOfBusiness?: string | null;
  usStatus?: string | null;
  citizenships?: string[];
  locatedIn?: string | null;
  primaryResidence?: string | null;
  country?: string | null;
  designatedCoveredPerson?: boolean;
  relationship?: string | null;
  branchOf?: string | null;
};

export type EmploymentKind = 'EMPLOYEE' | 'CONTRACTOR';

/** Body of POST /api/v1/parties/{individualId}/employers (PartyRequests.AddEmployer). */
export type AddEmployerBody = {
  employerPartyId: string;
  kind: EmploymentKind;
  validFrom: string;
  validTo?: string | null;
};

/** PartyViews.EmploymentView. */
export type Employment = {
  id: string;
  individualPartyId: string;
  employerPartyId: string;
  kind: EmploymentKind;
  validFrom: string;
  validTo: string | null;
};

/**
 * PartyViews.PersonView: an individual recorded as employee/officer or contractor of a party (GET
 * /parties/{id}/people), ended and archived links included, with the individual's stored covered status.
 */
export type Person = {
  employmentId: string;
  partyId: string;
  name: string;
  kind: EmploymentKind;
  validFrom: string;
  /** Exclusive end of the employment; null while open-ended. */
  validTo: string | null;
  createdAt: string;
  createdBy: string;
  archivedAt: string | null;
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
