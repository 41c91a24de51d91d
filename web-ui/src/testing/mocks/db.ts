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
  archivedAt?: string;
  archivedBy?: string;
  archiveReason?: string;
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
  /** screening jobs and alerts (shapes of features/screening/api/types.ts), see screening-handlers.ts */
  jobs: [] as FakeJob[],
  alerts: [] as FakeAlert[],
  /** false freezes job progress; otherwise every GET of the jobs list moves each active job one step on */
  jobsAdvance: true,
  /** parties a new FULL job screens, and how many it screens per step */
  jobTotal: 4,
  jobStep: 2,
  /** employments recorded with POST /parties/{id}/employers */
  employments: [] as FakeEmployment[],
  /** new fact versions recorded with PUT /parties/{id}/facts (party id → bodies) */
  factVersions: {} as Record<string, Record<string, unknown>[]>,
};

export type FakeJob = {
  id: string;
  kind: string;
  trigger: string;
  snapshotId: string | null;
  status: string;
  total: number;
  processed: number;
  hitsRaised: number;
  requestedAt: string;
  requestedBy: string;
  startedAt?: string;
  finishedAt?: string;
  error?: string;
};

export type FakeAlert = {
  id: string;
  jobId: string;
  screeningId: string;
  hitId: string;
  partyId: string;
  partyName: string;
  entryKey: string;
  entryName: string;
  score: number;
  createdAt: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
};

export type FakeEmployment = {
  id: string;
  individualPartyId: string;
  employerPartyId: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  /** for GET /parties/{id}/people; the handler fills them on POST */
  createdAt?: string;
  createdBy?: string;
  archivedAt?: string | null;
  /** false: the person has no stored covered status yet (`coveredStatus: null`) */
  statusDetermined?: boolean;
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

/** `individual` recorded as EMPLOYEE (default) or CONTRACTOR of `employer`. */
export function seedEmployment({
  individual,
  employer,
  ...rest
}: { individual: FakeParty; employer: FakeParty } & Partial<FakeEmployment>): FakeEmployment {
  const row: FakeEmployment = {
    id: crypto.randomUUID(),
    individualPartyId: individual.id,
    employerPartyId: employer.id,
    kind: 'EMPLOYEE',
    validFrom: '2020-01-01',
    validTo: null,
    createdAt: '2026-11-25T12:00:00Z',
    createdBy: 'alice',
    archivedAt: null,
    ...rest,
  };
  db.employments.push(row);
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
  db.jobs = [];
  db.alerts = [];
  db.jobsAdvance = true;
  db.jobTotal = 4;
  db.jobStep = 2;
  db.employments = [];
  db.factVersions = {};
}

export function seedJob(job: Partial<FakeJob> = {}): FakeJob {
  const row: FakeJob = {
    id: crypto.randomUUID(),
    kind: 'FULL',
    trigger: 'manual',
    snapshotId: null,
    status: 'COMPLETED',
    total: 3,
    processed: 3,
    hitsRaised: 0,
    requestedAt: '2026-11-25T14:00:00Z',
    requestedBy: 'alice',
    startedAt: '2026-11-25T14:00:01Z',
    finishedAt: '2026-11-25T14:00:05Z',
    ...job,
  };
  db.jobs.unshift(row);
  return row;
}

/** An alert raised by a DELTA job for `party` against the list entry `entryName`, with its screening and hit. */
export function seedAlert({
  party,
  entryName,
  finalScore = 0.987,
  jobId = crypto.randomUUID(),
  ...rest
}: { party: FakeParty; entryName: string; finalScore?: number; jobId?: string } & Partial<FakeAlert>): FakeAlert {
  const screeningId = crypto.randomUUID();
  const hitId = crypto.randomUUID();
  const entryKey = `${entryName}|ADDRESS|CITY|||`;
  db.screenings[screeningId] = {
    id: screeningId,
    partyId: party.id,
    query: { name: party.name, dateOfBirth: null, country: null, type: null },
    snapshots: [{ id: 'snap', sha256: 'ab'.repeat(32) }],
    engineVersion: 'clearance-screening 1.0 (test)',
    threshold: 0.92,
    screenedAt: '2026-11-25T14:10:00Z',
    screenedBy: 'adam',
    raised: 1,
    hits: [
      {
        id: hitId,
        rank: 1,
        snapshotId: 'snap',
        entryKey,
        entryContentHash: 'ef'.repeat(32),
        entryName,
        matchedName: entryName,
        score: { nameScore: 1, tokenScore: 1, nameSimilarity: 1, dobMatch: 'NOT_GIVEN', countryMatch: 'MATCH', typeMatch: 'NOT_GIVEN', finalScore },
        previouslyDispositioned: false,
        previousDisposition: null,
        dispositions: [],
      },
    ],
  };
  const row: FakeAlert = {
    id: crypto.randomUUID(),
    jobId,
    screeningId,
    hitId,
    partyId: party.id,
    partyName: party.name,
    entryKey,
    entryName,
    score: finalScore,
    createdAt: '2026-11-25T14:10:00Z',
    ...rest,
  };
  db.alerts.push(row);
  return row;
}
