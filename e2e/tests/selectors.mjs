// Everything the browser tests know about the UI's markup, in one place.
// The web UI (web-ui/) promises these accessible names; if it changes them, change them here only.

/** Keycloak's login form (keycloak.v2 login theme). */
export const keycloak = {
  username: '#username',
  password: '#password',
  submit: '#kc-login',
};

/** The Clearance web UI. */
export const app = {
  /** Shows the logged-in user (username or display name). */
  currentUser: '[data-testid=current-user]',
  /** A button or link that starts the login, in case the app does not redirect to Keycloak by itself. */
  loginButtonName: /^(log ?in|sign ?in)$/i,
  /** Navigation link to the vendor page. */
  vendorsNavName: 'Vendors',
  /** Vendor form fields (by label) and submit button (by name). */
  vendorNameLabel: 'Vendor name',
  countryLabel: 'Country',
  addVendorButtonName: 'Add vendor',
  /** The vendor list: a table with aria-label="Vendors". */
  vendorsTableName: 'Vendors',
};

/** The vendor due-diligence page (/vendors/:vendorId/ownership), opened from the vendor name link in the table. */
export const dueDiligence = {
  /** h1 reads "Due diligence: <name>". */
  headingPrefix: 'Due diligence',
  /** Shown to analysts/admins while the vendor has no party: a form with aria-label "Register party". */
  registerFormName: 'Register party',
  legalNameLabel: 'Legal name',
  organizedInLabel: 'Country of organization',
  principalPlaceLabel: 'Principal place of business',
  factsValidFromLabel: 'Facts valid from',
  registerButtonName: 'Register party',
  /** The add-owner form (aria-label "Add owner"); "Owner kind" is a <select> with values ENTITY, GOVERNMENT, INDIVIDUAL;
   *  "Existing party" is a <select> (value "" = new party) that hides the three new-party fields when a party is picked. */
  addOwnerFormName: 'Add owner',
  existingPartyLabel: 'Existing party',
  ownerNameLabel: 'Owner name',
  ownerKindLabel: 'Owner kind',
  ownerCountryLabel: 'Owner country',
  percentLabel: 'Percent owned',
  validFromLabel: 'Valid from',
  sourceLabel: 'Source',
  addOwnerButtonName: 'Add owner',
  /** Text exactly "Covered" or "Not covered". */
  verdict: '[data-testid=covered-verdict]',
  /** Why, before the figures: "Covered: <ground> (<citation>)[; and <ground> (<citation>)]." or "Not covered: ...". */
  coveredReason: '[data-testid=covered-reason]',
  /** Aggregate covered ownership, e.g. "55%". */
  coveredOwnership: '[data-testid=covered-ownership]',
  /** One per limb, starting with its citation, e.g. "28 CFR 202.211(a)(1) — ...". */
  limb: '[data-testid=covered-limb]',
  pathsListName: 'Deciding ownership paths',
  /** role="tree"; each edge is an li [data-testid=ownership-edge] with a button "Archive ownership by <owner name>". */
  treeName: 'Ownership tree',
  edge: '[data-testid=ownership-edge]',
  archiveButtonName: (ownerName) => `Archive ownership by ${ownerName}`,
  /** For roles that cannot change due diligence. */
  readOnlyNote: '[data-testid=read-only-note]',
};

/** The restricted-party lists page (/lists; nav link "Lists" for admin, analyst, auditor). */
export const lists = {
  navName: 'Lists',
  /** table aria-label "List snapshots"; one row [data-testid=snapshot-row] per snapshot. */
  tableName: 'List snapshots',
  row: '[data-testid=snapshot-row]',
  /** Admins only: form aria-label "Import list" with a "Source" select and one file input per part. */
  importFormName: 'Import list',
  sourceLabel: 'Source',
  importButtonName: 'Import list',
};

/** The "Screening" section of the vendor due-diligence page (shown once the vendor has a party). */
export const screening = {
  section: '[data-testid=screening-section]',
  /** Analysts and admins. */
  screenNowButtonName: 'Screen now',
  result: '[data-testid=screening-result]',
  engine: '[data-testid=screening-engine]',
  threshold: '[data-testid=screening-threshold]',
  /** One li per list screened: "<list name>, <publisher>; version imported <local date and time>". */
  snapshot: '[data-testid=screening-snapshot]',
  /** A closed <details> with summary "Technical evidence": the engine, snapshot ids and SHA-256 hashes. */
  technicalEvidence: '[data-testid=technical-evidence]',
  technicalEvidenceSummary: 'Technical evidence',
  /** Inside the technical evidence: "<source> snapshot <id>, SHA-256 <hash>". */
  snapshotId: '[data-testid=screening-snapshot-id]',
  /** "N hits, M raised." or "No hit above the threshold." */
  summary: '[data-testid=screening-summary]',
  /** One li per hit; the entry name in [data-testid=hit-entry-name], the score parts in [data-testid=hit-score]. */
  hit: '[data-testid=screening-hit]',
  hitEntryName: '[data-testid=hit-entry-name]',
  hitScore: '[data-testid=hit-score]',
  /** Analysts, per raised undecided hit: form aria-label "Disposition for <entry name>". */
  dispositionFormName: (entryName) => `Disposition for ${entryName}`,
  dispositionFormPrefix: /^Disposition for /,
  decisionLabel: 'Decision',
  reasonLabel: 'Reason',
  recordButtonName: 'Record decision',
  /** "<Decision label> by <user> at <instant>: <reason>". */
  recordedDecision: '[data-testid=hit-disposition]',
};

/** The screening page (/screening; nav link "Screening" for admin, analyst, auditor): jobs and the alerts inbox. */
export const screeningJobs = {
  navName: 'Screening',
  /** Analysts and admins; POST /api/v1/screening-jobs. */
  startButtonName: 'Screen all parties',
  /** table aria-label "Screening jobs"; one row [data-testid=job-row][data-job-id=<uuid>] per job, newest first. */
  jobsTableName: 'Screening jobs',
  jobRow: '[data-testid=job-row]',
  jobRowById: (id) => `[data-testid=job-row][data-job-id="${id}"]`,
  /** QUEUED, RUNNING, COMPLETED or FAILED. */
  jobStatus: '[data-testid=job-status]',
  /** "<processed> of <total> parties" (next to a <progress> while QUEUED/RUNNING). */
  jobProgressText: '[data-testid=job-progress-text]',
  /** aria-label "Progress of screening job <last 8 hex of the id>" (native <progress>, role progressbar). */
  progressName: /^Progress of screening job /,
  /** table aria-label "Screening alerts" (absent when empty: [data-testid=no-alerts]); rows [data-testid=alert-row]. */
  alertsTableName: 'Screening alerts',
  alertRow: '[data-testid=alert-row]',
  noAlerts: '[data-testid=no-alerts]',
  alertParty: '[data-testid=alert-party]',
  alertEntry: '[data-testid=alert-entry]',
  alertScore: '[data-testid=alert-score]',
  /** "Open" or "Acknowledged by <user> at <instant>". */
  alertStatus: '[data-testid=alert-status]',
  /** Analysts only, per open alert: "Acknowledge alert for <party name>". */
  acknowledgeButtonName: (partyName) => `Acknowledge alert for ${partyName}`,
  showAcknowledgedLabel: 'Show acknowledged alerts',
  /** Next to the nav link (outside it) while there are open alerts. */
  openAlertsCount: '[data-testid=open-alerts-count]',
};

/** The home page (/): first steps on a fresh install, then open alerts and list freshness. */
export const home = {
  /** "Get started": one li per step left, [data-testid=next-step-lists] and [data-testid=next-step-vendors]. */
  nextSteps: '[data-testid=next-steps]',
  stepLists: '[data-testid=next-step-lists]',
  stepVendors: '[data-testid=next-step-vendors]',
  /** Admins: a link in the lists step; analysts and admins: a link in the vendors step. */
  importListsLinkName: 'Import the screening lists',
  registerVendorLinkName: 'Register the first vendor',
  /** "<n> open alerts from re-screenings. Review them on the Screening page" or "No open alert: ...". */
  openAlerts: '[data-testid=open-alerts-summary]',
  reviewAlertsLinkName: 'Review them on the Screening page',
  /** table aria-label "List freshness"; one row [data-testid=freshness-row] per active list. */
  freshnessTableName: 'List freshness',
  freshnessRow: '[data-testid=freshness-row]',
  stale: '[data-testid=freshness-stale]',
};
