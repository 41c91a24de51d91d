import Keycloak from 'keycloak-js';

import type { UiConfig } from '@/types/api';

/** Refresh the access token when it has fewer seconds left than this before an API call. */
const MIN_TOKEN_VALIDITY_SECONDS = 30;

let signingIn: Promise<Keycloak> | undefined;

/**
 * Signs the user in with the authorization code flow and PKCE (S256). Without a session this redirects to the
 * Keycloak login page and the promise never settles; on the way back it exchanges the code. A Keycloak instance
 * may be initialised only once, so the promise is shared (React's StrictMode runs effects twice).
 */
export function signIn(config: UiConfig): Promise<Keycloak> {
  signingIn ??= (async () => {
    const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      // The session iframe needs third-party cookies; token refresh covers what it would detect.
      checkLoginIframe: false,
    });
    return keycloak;
  })().catch((error: unknown) => {
    signingIn = undefined;
    throw new Error(
      `Sign-in through Keycloak at ${config.keycloakUrl} (realm ${config.realm}) failed` +
        (error instanceof Error ? `: ${error.message}` : '.'),
    );
  });
  return signingIn;
}

/** The access token, refreshed first when it expires soon; when the refresh fails the session is over. */
export async function freshToken(keycloak: Keycloak): Promise<string | undefined> {
  try {
    await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
  } catch (error) {
    void keycloak.login();
    throw error;
  }
  return keycloak.token;
}

export function signOut(keycloak: Keycloak): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}
