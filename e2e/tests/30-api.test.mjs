// API-level checks against the running app jar, with real Keycloak tokens (CONTRACTS.md "HTTP API").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KC_URL, USERS, CLEARANCE_ROLES, api, uniqueName } from './env.mjs';

const PROBLEM = 'application/problem+json';

function assertProblem(res, status, slug) {
  assert.equal(res.status, status, `HTTP ${res.status}: ${res.text}`);
  assert.ok(res.contentType.startsWith(PROBLEM), `content-type was "${res.contentType}"`);
  assert.equal(res.body?.status, status, res.text);
  assert.ok(typeof res.body?.title === 'string' && res.body.title.length > 0, res.text);
  assert.ok(String(res.body?.type).endsWith(`/${slug}`), `type was ${res.body?.type}`);
}

test('GET /health answers anonymously', async () => {
  const res = await api('GET', '/health');
  assert.equal(res.status, 200, res.text);
});

test('GET /api/v1/ui-config tells the UI where Keycloak is', async () => {
  const res = await api('GET', '/api/v1/ui-config');
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(
    { keycloakUrl: res.body.keycloakUrl, realm: res.body.realm, clientId: res.body.clientId },
    { keycloakUrl: KC_URL, realm: 'clearance', clientId: 'clearance-web' },
  );
});

test('GET /api/v1/vendors without a token is 401 problem+json', async () => {
  assertProblem(await api('GET', '/api/v1/vendors'), 401, 'unauthorized');
});

test('a forged bearer token is 401 problem+json', async () => {
  const forged = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl';
  const res = await api('GET', '/api/v1/vendors', { headers: { authorization: `Bearer ${forged}` } });
  assertProblem(res, 401, 'unauthorized');
});

for (const [username, user] of Object.entries(USERS)) {
  test(`GET /api/v1/me for ${username} returns the Clearance roles only`, async () => {
    const res = await api('GET', '/api/v1/me', { user: username });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.username, username);
    assert.equal(res.body.name, user.name);
    assert.deepEqual([...res.body.roles].sort(), [...user.roles].sort());
    assert.ok(res.body.roles.every((r) => CLEARANCE_ROLES.includes(r)), JSON.stringify(res.body.roles));
  });

  test(`GET /api/v1/vendors is allowed for ${username}`, async () => {
    const res = await api('GET', '/api/v1/vendors', { user: username });
    assert.equal(res.status, 200, res.text);
    assert.ok(Array.isArray(res.body.items), res.text);
    assert.equal(typeof res.body.total, 'number');
  });
}

test('auditor POST /api/v1/vendors is 403 problem+json', async () => {
  const res = await api('POST', '/api/v1/vendors', { user: 'audrey', json: { name: uniqueName('Audrey Ltd'), country: 'GB' } });
  assertProblem(res, 403, 'forbidden');
});

test('analyst POST with a blank name is 400 problem+json naming the field', async () => {
  const res = await api('POST', '/api/v1/vendors', { user: 'alice', json: { name: '', country: 'DE' } });
  assertProblem(res, 400, 'invalid-request');
  assert.ok(Array.isArray(res.body.violations) && res.body.violations.length > 0, res.text);
  assert.ok(res.body.violations.some((v) => /(^|\W)name$/.test(String(v.field))), `violations: ${JSON.stringify(res.body.violations)}`);
});

test('analyst POST with a valid body is 201 and the vendor is listed', async () => {
  const name = uniqueName('Acme GmbH');
  const res = await api('POST', '/api/v1/vendors', { user: 'alice', json: { name, country: 'DE' } });
  assert.equal(res.status, 201, res.text);
  assert.equal(res.body.name, name);
  assert.equal(res.body.country, 'DE');
  assert.equal(res.body.createdBy, 'alice');
  assert.match(res.body.id, /^[0-9a-f-]{36}$/);
  const location = res.headers.get('location');
  assert.ok(location && location.includes(res.body.id), `Location: ${location}`);

  const list = await api('GET', '/api/v1/vendors', { user: 'audrey' });
  assert.equal(list.status, 200, list.text);
  assert.ok(list.body.items.some((v) => v.id === res.body.id && v.name === name), list.text);
});
