// The home page on a fresh install (runs before any list or vendor exists): what to do next, by role.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api } from './env.mjs';
import { app, home, lists } from './selectors.mjs';
import { launch, newPage, screenshot, withDiagnostics, loginThroughKeycloak } from './browser.mjs';

let browser;
let fresh = false;

before(async () => {
  browser = await launch();
  const [snapshots, vendors] = await Promise.all([
    api('GET', '/api/v1/list-snapshots', { user: 'adam' }),
    api('GET', '/api/v1/vendors', { user: 'adam' }),
  ]);
  fresh = snapshots.body?.total === 0 && vendors.body?.total === 0;
});
after(async () => { await browser?.close(); });

test('adam (admin) is told to import the lists and register the first vendor, and the link opens the Lists page', { timeout: 120_000 }, async (t) => {
  if (!fresh) return t.skip('the database is not fresh (lists or vendors exist)');
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'home-adam-fresh', async () => {
      await loginThroughKeycloak(page, 'adam');
      await page.locator(app.currentUser).waitFor();
      const steps = page.locator(home.nextSteps);
      await steps.waitFor();
      await steps.locator(home.stepVendors).getByRole('link', { name: home.registerVendorLinkName, exact: true }).waitFor();
      await screenshot(page, 'home-1-fresh-admin');
      await steps.locator(home.stepLists).getByRole('link', { name: home.importListsLinkName, exact: true }).click();
      await page.getByRole('form', { name: lists.importFormName, exact: true }).waitFor();
      assert.match(page.url(), /\/lists$/);
    });
  } finally {
    await context.close();
  }
});

test('alice (analyst) is told an admin imports the lists, and is linked to registering a vendor', { timeout: 120_000 }, async (t) => {
  if (!fresh) return t.skip('the database is not fresh (lists or vendors exist)');
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'home-alice-fresh', async () => {
      await loginThroughKeycloak(page, 'alice');
      await page.locator(app.currentUser).waitFor();
      const listsStep = page.locator(home.stepLists);
      await listsStep.waitFor();
      assert.match(await listsStep.innerText(), /an admin imports the lists/);
      assert.equal(await listsStep.getByRole('link').count(), 0, 'an analyst is offered the import link');
      await page.locator(home.stepVendors).getByRole('link', { name: home.registerVendorLinkName, exact: true }).click();
      await page.getByRole('table', { name: app.vendorsTableName, exact: true }).waitFor();
      assert.match(page.url(), /\/vendors$/);
    });
  } finally {
    await context.close();
  }
});
