// Bodies of /api/v1/list-snapshots and /api/v1/screenings (api ScreeningViews, docs/openapi/clearance-0.1.yml).

export const LIST_SOURCES = ['OFAC_SDN', 'OFAC_NON_SDN', 'CSL', 'BIS_DPL', 'UN'] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

export type Snapshot = {
  id: string;
  source: string;
  sha256: string;
  files: { name: string; sha256: string }[];
  importedAt: string;
  importedBy: string;
  counts: { entries: number; individuals: number; entities: number; other: number; aliases: number };
  previousSnapshotId: string | null;
  diff: { added: number; removed: number; changed: number };
  active: boolean;
  /** ADR 0009: an import that has no entries or removes too many is held PENDING_CONFIRMATION for an admin. */
  status: SnapshotStatus;
  /** Why the import was held, e.g. "would remove 663 of 663 entries (100% > 20%)"; null when it activated at once. */
  statusReason: string | null;
  /** What its activation did about re-screening ("DELTA job …", "no parties to re-screen"); null before. */
  rescreening: string | null;
  /** The re-screening job an import or activation started (in that response only). */
  deltaJobId?: string | null;
  /** The list in words ("Denied Persons List") and who publishes it; `source` is its code (BIS_DPL). */
  listName: string;
  publisher?: string | null;
};

export type SnapshotStatus = 'ACTIVE' | 'SUPERSEDED' | 'PENDING_CONFIRMATION' | 'REJECTED';

export type SnapshotPage = { items: Snapshot[]; total: number };

export type Decision = 'TRUE_MATCH' | 'FALSE_POSITIVE' | 'ESCALATED';

export type DispositionView = {
  id: string;
  decision: Decision;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  screeningId: string;
  hitId: string;
};

export type ScoreView = {
  nameScore: number;
  tokenScore: number;
  nameSimilarity: number;
  dobMatch: string;
  countryMatch: string;
  typeMatch: string;
  finalScore: number;
};

export type Hit = {
  id: string;
  rank: number;
  snapshotId: string;
  entryKey: string;
  entryContentHash: string;
  entryName: string;
  matchedName: string;
  score: ScoreView;
  previouslyDispositioned: boolean;
  previousDisposition: DispositionView | null;
  dispositions: DispositionView[];
};

/**
 * A list version a screening ran against: the snapshot id and SHA-256 are the evidence; the list's name, publisher
 * and import time (the version screened) are what an analyst reads. Null only if the snapshot row is gone.
 */
export type ScreenedSnapshot = {
  id: string;
  sha256: string;
  source?: string | null;
  listName?: string | null;
  publisher?: string | null;
  importedAt?: string | null;
};

export type Screening = {
  id: string;
  partyId: string | null;
  query: { name: string; dateOfBirth: string | null; country: string | null; type: string | null };
  snapshots: ScreenedSnapshot[];
  engineVersion: string;
  threshold: number;
  screenedAt: string;
  screenedBy: string;
  raised: number;
  hits: Hit[];
};

export const DECISION_LABELS: Record<Decision, string> = {
  TRUE_MATCH: 'True match',
  FALSE_POSITIVE: 'False positive',
  ESCALATED: 'Escalated',
};

// Bodies of /api/v1/screening-jobs and /api/v1/screening-alerts (ScreeningViews.JobView, AlertView). The server
// leaves out null fields of these two views, hence the optional members.

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A batch screening of every party: FULL (manual) or DELTA (after an import; trigger `snapshot:<id>`). */
export type ScreeningJob = {
  id: string;
  kind: 'FULL' | 'DELTA' | string;
  trigger: string;
  snapshotId?: string | null;
  status: JobStatus | string;
  /** Parties to screen (known once the job is RUNNING) and parties screened so far. */
  total: number;
  processed: number;
  hitsRaised: number;
  requestedAt: string;
  requestedBy: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  error?: string | null;
};

export function isActiveJob(job: Pick<ScreeningJob, 'status'>): boolean {
  return job.status === 'QUEUED' || job.status === 'RUNNING';
}

/** A hit a re-screening raised for a party; open until an analyst acknowledges it. */
export type ScreeningAlert = {
  id: string;
  jobId: string;
  screeningId: string;
  hitId: string;
  partyId: string;
  partyName: string;
  entryKey: string;
  entryName: string;
  /** The hit's final score. */
  score: number;
  createdAt: string;
  acknowledgedAt?: string | null;
  acknowledgedBy?: string | null;
};

