// Batch screening and the alerts inbox in a real browser: alice (analyst) registers a party (API) named like an
// entry the next Denied Persons List snapshot adds, starts "Screen all parties" on the Screening page and sees her
// job COMPLETED; adam (admin) imports a second DPL snapshot (API) that adds that entry and changes the AEROCARGO
// ones, which re-screens every party (a DELTA job) and raises alerts; alice finds the alert in the inbox and
// acknowledges it, and the acknowledged alert shows who acknowledged it.
// The fixture e2e/fixtures/dpl-2.txt is a test-only edit of dpl.txt with one fictional record (fixtures/README.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { api } from './env.mjs';
import { app, screeningJobs as sj } from './selectors.mjs';
import { launch, newPage, screenshot, withDiagnostics, loginThroughKeycloak } from './browser.mjs';
import { importDpl } from './steps.mjs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dpl-2.txt');
/** The fictional record dpl-2.txt adds ("ZANTHOR MARITIME LOGISTICS LLC", Dubai). */
const PARTY_NAME = 'Zanthor Maritime Logistics LLC';
const ENTRY_NAME = 'ZANTHOR MARITIME LOGISTICS LLC';
/** A job screens every party: generous, the machine is shared. */
const JOB_TIMEOUT_MS = 120_000;

let browser;
let party;
let fullJobId;
let imported;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openScreeningPage(page) {
  await page.getByRole('link', { name: sj.navName, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Screening', exact: true }).waitFor();
  await page.getByRole('table', { name: sj.jobsTableName, exact: true }).waitFor();
}

test('alice registers an ENTITY party organized in AE through the API', async () => {
  const res = await api('POST', '/api/v1/parties', {
    user: 'alice',
    json: { kind: 'ENTITY', name: PARTY_NAME, facts: { validFrom: '2024-01-01', organizedIn: ['AE'] } },
  });
  assert.equal(res.status, 201, res.text);
  party = res.body;
  assert.equal(party.name, PARTY_NAME);
});

test('alice starts "Screen all parties" and sees her job reach COMPLETED', { timeout: 240_000 }, async (t) => {
  if (!party) return t.skip('the party was not registered');
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'screening-jobs-alice', async () => {
      await loginThroughKeycloak(page, 'alice');
      await page.locator(app.currentUser).waitFor();
      await openScreeningPage(page);

      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/screening-jobs'),
        page.getByRole('button', { name: sj.startButtonName, exact: true }).click(),
      ]);
      assert.equal(response.status(), 202);
      const job = await response.json();
      fullJobId = job.id;
      assert.equal(job.kind, 'FULL');
      assert.equal(job.requestedBy, 'alice');

      // NB: the <progress> shows only while the job is QUEUED/RUNNING, which may be too short to see: the final row is checked.
      const row = page.locator(sj.jobRowById(job.id));
      await row.waitFor();
      await screenshot(page, 'screening-jobs-1-started');
      await row.locator(sj.jobStatus).filter({ hasText: /^COMPLETED$/ }).waitFor({ timeout: JOB_TIMEOUT_MS });
      const progress = await row.locator(sj.jobProgressText).innerText();
      const m = /^(\d+) of (\d+) parties$/.exec(progress);
      assert.ok(m, progress);
      assert.equal(m[1], m[2], progress);
      assert.ok(Number(m[2]) >= 1, progress);
      assert.equal(await row.getByRole('progressbar').count(), 0, 'a progress bar is still shown');
      const text = await row.innerText();
      assert.ok(text.includes('FULL') && text.includes('Manual') && text.includes('alice'), text);
      await screenshot(page, 'screening-jobs-2-completed');
    });
  } finally {
    await context.close();
  }
});

test('adam (admin) imports a second DPL snapshot that adds and changes entries', async (t) => {
  if (!party) return t.skip('the party was not registered');
  const { status, text } = await importDpl(FIXTURE);
  assert.equal(status, 201, text);
  imported = JSON.parse(text);
  assert.equal(imported.source, 'BIS_DPL');
  assert.equal(imported.active, true);
  // After 27's dpl.txt: 1 added (ZANTHOR), 2 changed (AEROCARGO); without it, everything is added.
  assert.ok(imported.diff.added >= 1, text);
  if (imported.previousSnapshotId) assert.ok(imported.diff.changed >= 2, text);
});

test('the re-screening raises an alert for the party, and alice acknowledges it in the inbox', { timeout: 240_000 }, async (t) => {
  if (!imported) return t.skip('the second import failed');
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'screening-alerts-alice', async () => {
      await loginThroughKeycloak(page, 'alice');
      await page.locator(app.currentUser).waitFor();
      await openScreeningPage(page);

      // The import's DELTA job (its id is in the import's response), shown as "Import of <list name>, version <local
      // date and time>", the snapshot id in its title.
      assert.ok(imported.deltaJobId, 'the import started a re-screening job');
      const delta = page.locator(`${sj.jobRow}[data-job-id="${imported.deltaJobId}"]`)
        .filter({ hasText: 'Import of Denied Persons List, version ' });
      await delta.waitFor({ timeout: JOB_TIMEOUT_MS });
      await delta.locator(sj.jobStatus).filter({ hasText: /^COMPLETED$/ }).waitFor({ timeout: JOB_TIMEOUT_MS });
      assert.match(await delta.innerText(), /DELTA/);

      // The page reads the alerts again when a job it saw running finishes; the row names the party once loaded.
      const alerts = page.getByRole('table', { name: sj.alertsTableName, exact: true });
      const row = alerts.locator(sj.alertRow).filter({ has: page.locator(sj.alertParty).filter({ hasText: PARTY_NAME }) });
      await row.first().waitFor({ timeout: JOB_TIMEOUT_MS });
      assert.equal(await row.count(), 1, 'one alert for the party');
      await row.locator(sj.alertEntry).filter({ hasText: ENTRY_NAME }).waitFor();
      assert.match(await row.locator(sj.alertScore).innerText(), /^(0\.9\d\d|1\.000)$/);
      assert.equal(await row.locator(sj.alertStatus).innerText(), 'Open');
      await page.locator(sj.openAlertsCount).waitFor();
      await screenshot(page, 'screening-jobs-3-alert');

      await row.getByRole('button', { name: sj.acknowledgeButtonName(PARTY_NAME), exact: true }).click();
      await row.waitFor({ state: 'detached' });

      await page.getByLabel(sj.showAcknowledgedLabel, { exact: true }).check();
      const acknowledged = page.getByRole('table', { name: sj.alertsTableName, exact: true }).locator(sj.alertRow)
        .filter({ has: page.locator(sj.alertParty).filter({ hasText: PARTY_NAME }) });
      const status = acknowledged.locator(sj.alertStatus).filter({ hasText: /^Acknowledged by alice at / });
      await status.waitFor();
      assert.equal(await acknowledged.getByRole('button').count(), 0, 'an acknowledged alert offers "Acknowledge"');
      await screenshot(page, 'screening-jobs-4-acknowledged');
    });
  } finally {
    await context.close();
  }
});

test('the acknowledgement is recorded: the alert is no longer open over the API', async (t) => {
  if (!imported || !party) return t.skip('nothing to check');
  const open = await api('GET', '/api/v1/screening-alerts?open=true', { user: 'audrey' });
  assert.equal(open.status, 200, open.text);
  assert.equal(open.body.filter((a) => a.partyId === party.id).length, 0, open.text);
  const all = await api('GET', '/api/v1/screening-alerts', { user: 'audrey' });
  assert.equal(all.status, 200, all.text);
  const mine = all.body.filter((a) => a.partyId === party.id);
  assert.equal(mine.length, 1, all.text);
  assert.equal(mine[0].acknowledgedBy, 'alice', all.text);
  assert.ok(fullJobId === undefined || mine[0].jobId !== fullJobId, 'a FULL job raised the alert');
});
