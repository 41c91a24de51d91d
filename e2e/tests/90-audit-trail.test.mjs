// Runs last: after every earlier file's writes through the real jar (UI and API, real Keycloak users), the audit
// trail read back from PostgreSQL must verify as intact (issue 10, defect 1; ADR 0008).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, uniqueName } from './env.mjs';

test('the audit trail verifies as intact after a session of ordinary work', async () => {
  const vendor = await api('POST', '/api/v1/vendors', { user: 'alice', json: { name: uniqueName('Chain Check Ltd'), country: 'GB' } });
  assert.equal(vendor.status, 201, vendor.text);

  const res = await api('GET', '/api/v1/audit-events', { user: 'audrey' });
  assert.equal(res.status, 200, res.text);
  assert.ok(res.body.items.length >= 10, `only ${res.body.items.length} events after the e2e run`);
  assert.ok(res.body.items.some((e) => e.action === 'VendorRegistered' && e.entityId === vendor.body.id), 'the new vendor is audited');
  assert.equal(res.body.firstBrokenSeq, null, `chain broken at seq ${res.body.firstBrokenSeq}`);
  assert.equal(res.body.chainIntact, true);
});
