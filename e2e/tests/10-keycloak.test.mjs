// The realm file deploy/keycloak/clearance-realm.json as a running Keycloak serves it (CONTRACTS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_URL, ISSUER, USERS, CLEARANCE_ROLES, passwordGrant, decodeJwt } from './env.mjs';

test('discovery document names the issuer on localhost', async () => {
  const res = await fetch(`${ISSUER}/.well-known/openid-configuration`);
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.equal(doc.issuer, ISSUER);
  assert.equal(doc.jwks_uri, `${ISSUER}/protocol/openid-connect/certs`);
});

for (const [username, user] of Object.entries(USERS)) {
  test(`token for ${username} carries audience clearance-api and roles ${user.roles.join('+')}`, async () => {
    const { status, json } = await passwordGrant(username);
    assert.equal(status, 200, JSON.stringify(json));
    const claims = decodeJwt(json.access_token);
    assert.equal(claims.iss, ISSUER);
    assert.equal(claims.preferred_username, username);
    assert.ok([claims.aud].flat().includes('clearance-api'), `aud=${JSON.stringify(claims.aud)}`);
    const roles = claims.realm_access.roles.filter((r) => CLEARANCE_ROLES.includes(r)).sort();
    assert.deepEqual(roles, [...user.roles].sort());
    assert.equal(claims.name, user.name);
    assert.equal(claims.email_verified, true);
  });
}

test('wrong password is refused', async () => {
  const { status, json } = await passwordGrant('alice', 'not-the-password');
  assert.equal(status, 400);
  assert.equal(json.error, 'invalid_grant');
});

test('the public SPA client clearance-web allows no password grant', async () => {
  const { status, json } = await passwordGrant('alice', 'alice-pw', { id: 'clearance-web' });
  assert.ok(status === 400 || status === 401, `status ${status}`);
  assert.equal(json.error, 'unauthorized_client');
});

test('clearance-web requires PKCE', async () => {
  const url = new URL(`${ISSUER}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({ client_id: 'clearance-web', response_type: 'code', scope: 'openid',
    redirect_uri: `${APP_URL}/` }).toString();
  const res = await fetch(url, { redirect: 'manual' });
  assert.equal(res.status, 302);
  const location = res.headers.get('location');
  assert.ok(location.startsWith(`${APP_URL}/`), location);
  assert.match(location, /error=invalid_request/);
  assert.match(decodeURIComponent(location), /code_challenge/);
});
