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
