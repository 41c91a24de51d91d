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
