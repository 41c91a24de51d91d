// The five Clearance roles, spelled exactly as the Keycloak realm roles and the Java enum
// dev.clearance.api.security.Role (docs/CONTRACTS.md); an api test checks that they agree.
export const ROLES = {
  ANALYST: 'analyst',
  SECURITY_REVIEWER: 'security-reviewer',
  LEGAL_REVIEWER: 'legal-reviewer',
  AUDITOR: 'auditor',
  ADMIN: 'admin',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

export const ALL_ROLES: readonly Role[] = Object.values(ROLES);

export const ROLE_LABELS: Record<Role, string> = {
  analyst: 'Analyst',
  'security-reviewer': 'Security reviewer',
  'legal-reviewer': 'Legal reviewer',
  auditor: 'Auditor',
  admin: 'Admin',
};

/**
 * Who may do what, mirroring the @Secured roles of the API. Routes and gated UI use these lists as their
 * `access` metadata; the server still decides, so a stale list only hides or shows a control.
 */
export const ACCESS = {
  vendorsRead: [ROLES.ANALYST, ROLES.SECURITY_REVIEWER, ROLES.LEGAL_REVIEWER, ROLES.AUDITOR, ROLES.ADMIN],
  vendorsCreate: [ROLES.ANALYST, ROLES.ADMIN],
  /** Parties, ownership trees and covered-person status: every role reads (PartyController). */
  partiesRead: [ROLES.ANALYST, ROLES.SECURITY_REVIEWER, ROLES.LEGAL_REVIEWER, ROLES.AUDITOR, ROLES.ADMIN],
  /** Registering parties, linking vendors, adding and archiving ownership edges. */
  partiesWrite: [ROLES.ANALYST, ROLES.ADMIN],
  /** List snapshots: admins import, analysts and auditors read (ListSnapshotController). */
  listsRead: [ROLES.ADMIN, ROLES.ANALYST, ROLES.AUDITOR],
  listsImport: [ROLES.ADMIN],
  /** Screening a name (ScreeningController POST). */
  screeningRun: [ROLES.ANALYST, ROLES.ADMIN],
  /** Recording a disposition on a hit: analysts only. */
  screeningDispose: [ROLES.ANALYST],
  /** Batch screening jobs and the alerts re-screenings raise: read (ScreeningJobController GETs). */
  screeningJobsRead: [ROLES.ANALYST, ROLES.ADMIN, ROLES.AUDITOR],
  /** Starting a "screen all parties" job (POST /screening-jobs). */
  screeningJobsStart: [ROLES.ANALYST, ROLES.ADMIN],
  /** Acknowledging a screening alert: analysts only. */
  screeningAlertsAcknowledge: [ROLES.ANALYST],
  classificationsEvaluate: [ROLES.ANALYST, ROLES.LEGAL_REVIEWER, ROLES.AUDITOR],
} as const satisfies Record<string, readonly Role[]>;

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

/** Keeps the Clearance roles and drops Keycloak's own (offline_access, default-roles-clearance, ...). */
export function toRoles(values: readonly string[]): Role[] {
  return ALL_ROLES.filter((role) => values.includes(role));
}

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[]): boolean {
  return userRoles.some((role) => allowed.includes(role));
}

/** One sentence for the dashboard that says what the given roles allow in the UI. */
export function describeAccess(userRoles: readonly Role[]): string {
  if (userRoles.length === 0) {
    return 'Your account has no Clearance role yet, so you cannot see any data; ask an administrator for access.';
  }
  const who = joinWords(userRoles.map((role) => ROLE_LABELS[role]));
  if (hasAnyRole(userRoles, ACCESS.vendorsCreate)) {
    return `As ${who}, you can view the vendor list and add new vendors.`;
  }
  return `As ${who}, you can view the vendor list (read-only); adding vendors is for analysts and admins.`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
