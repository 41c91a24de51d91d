// The home page once there is data (after 27 and 28 imported lists and raised alerts): open alerts and list freshness.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api } from './env.mjs';
import { app, home, screeningJobs as sj } from './selectors.mjs';
import { launch, newPage, screenshot, withDiagnostics, loginThroughKeycloak } from './browser.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('adam (admin) sees the open alerts and each active list with its version and age', { timeout: 120_000 }, async (t) => {
  const snapshots = await api('GET', '/api/v1/list-snapshots', { user: 'adam' });
  const active = (snapshots.body?.items ?? []).filter((s) => s.active);
  if (active.length === 0) return t.skip('no list was imported');
  const open = await api('GET', '/api/v1/screening-alerts?open=true', { user: 'adam' });
  assert.equal(open.status, 200, open.text);
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'home-adam-data', async () => {
      await loginThroughKeycloak(page, 'adam');
      await page.locator(app.currentUser).waitFor();

      const table = page.getByRole('table', { name: home.freshnessTableName, exact: true });
      await table.waitFor();
      const rows = await table.locator(home.freshnessRow).allInnerTexts();
      assert.equal(rows.length, active.length, JSON.stringify(rows));
      const dpl = rows.find((r) => r.startsWith('Denied Persons List'));
      assert.ok(dpl, JSON.stringify(rows));
      // Imported minutes ago in this run: a local date and time and its age in words, no ISO string, not stale.
      assert.match(dpl, /(now|second|minute|hour)/);
      assert.doesNotMatch(dpl, /\d{4}-\d{2}-\d{2}T/);
      assert.equal(await table.locator(home.stale).count(), 0, 'a list imported minutes ago is flagged stale');
      assert.equal(await page.locator(home.nextSteps).count(), 0, 'first steps shown once lists and vendors exist');

      const summary = page.locator(home.openAlerts);
      await summary.waitFor();
      const count = open.body.length;
      await screenshot(page, 'home-2-data');
      if (count === 0) {
        assert.match(await summary.innerText(), /^No open alert/);
      } else {
        assert.match(await summary.innerText(), new RegExp(`^${count} open alerts? from re-screenings\\.`));
        await summary.getByRole('link', { name: home.reviewAlertsLinkName, exact: true }).click();
        await page.getByRole('table', { name: sj.alertsTableName, exact: true }).waitFor();
      }
    });
  } finally {
    await context.close();
  }
});
