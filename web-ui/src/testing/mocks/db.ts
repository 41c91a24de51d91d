import type { Vendor } from '@/types/api';

export type FakeParty = {
  id: string;
  kind: 'ENTITY' | 'INDIVIDUAL' | 'GOVERNMENT';
  name: string;
  organizedIn: string[];
  principalPlaceOfBusiness: string | null;
  country: string | null;
  primaryResidence: string | null;
  validFrom: string;
};

export type FakeEdge = {
  id: string;
  ownerPartyId: string;
  ownedPartyId: string;
  percent: number;
  validFrom: string;
  source: string;
  archived: boolean;
};

// A tiny in-memory stand-in for the server's tables, reset after every test.
export const db = {
  vendors: [] as Vendor[],
  parties: [] as FakeParty[],
  edges: [] as FakeEdge[],
  /** vendor id → party id */
  vendorParties: {} as Record<string, string>,
  currentUsername: 'alice',
  /** list snapshots and screenings (shapes of features/screening/api/types.ts), see screening-handlers.ts */
  snapshots: [] as Record<string, unknown>[],
  screenings: {} as Record<string, ScreeningRecord>,
};

export type ScreeningRecord = Record<string, unknown> & {
  id: string;
  hits: (Record<string, unknown> & { id: string; dispositions: Record<string, unknown>[] })[];
};

export function seedParty(party: Partial<FakeParty> & Pick<FakeParty, 'name'>): FakeParty {
  const row: FakeParty = {
    id: crypto.randomUUID(),
    kind: 'ENTITY',
    organizedIn: [],
    principalPlaceOfBusiness: null,
    country: null,
    primaryResidence: null,
    validFrom: '2020-01-01',
    ...party,
  };
  db.parties.push(row);
  return row;
}

export function seedEdge(edge: Omit<FakeEdge, 'id' | 'archived' | 'validFrom' | 'source'> & Partial<FakeEdge>): FakeEdge {
  const row: FakeEdge = { id: crypto.randomUUID(), archived: false, validFrom: '2020-01-01', source: 'register', ...edge };
  db.edges.push(row);
  return row;
}

export function seedVendor(vendor: Partial<Vendor> & Pick<Vendor, 'name' | 'country'>): Vendor {
  const row: Vendor = {
    id: crypto.randomUUID(),
    createdAt: '2026-11-25T12:00:00Z',
    createdBy: 'alice',
    ...vendor,
  };
  db.vendors.push(row);
  return row;
}

export function resetDb(): void {
  db.vendors = [];
  db.parties = [];
  db.edges = [];
  db.vendorParties = {};
  db.currentUsername = 'alice';
  db.snapshots = [];
  db.screenings = {};
}
