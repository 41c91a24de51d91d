// The walking skeleton in a real browser: Keycloak login (authorization code + PKCE), vendor list and form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueName } from './env.mjs';
import { app } from './selectors.mjs';
import { launch, newPage, screenshot, withDiagnostics, loginThroughKeycloak } from './browser.mjs';

let browser;
let vendorAdded = false;
const vendorName = uniqueName('Browser Test GmbH');

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openVendors(page) {
  await page.getByRole('link', { name: app.vendorsNavName, exact: true }).first().click();
  const table = page.getByRole('table', { name: app.vendorsTableName, exact: true });
  await table.waitFor();
  return table;
}

async function fillField(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  const tag = await field.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') await field.selectOption(value);
  else await field.fill(value);
}

test('alice (analyst) logs in through Keycloak and adds a vendor', { timeout: 120_000 }, async () => {
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'alice', async () => {
      await loginThroughKeycloak(page, 'alice', 'alice-1');
      const user = page.locator(app.currentUser);
      await user.waitFor();
      assert.match(await user.innerText(), /alice/i);
      await screenshot(page, 'alice-2-logged-in');

      const table = await openVendors(page);
      await fillField(page, app.vendorNameLabel, vendorName);
      await fillField(page, app.countryLabel, 'DE');
      await screenshot(page, 'alice-3-form-filled');
      await page.getByRole('button', { name: app.addVendorButtonName, exact: true }).click();
      await table.getByText(vendorName, { exact: true }).waitFor();
      await screenshot(page, 'alice-4-vendor-added');
      vendorAdded = true;
    });
  } finally {
    await context.close();
  }
});

test('audrey (auditor) sees the vendor list but no "Add vendor" form', { timeout: 120_000 }, async () => {
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'audrey', async () => {
      await loginThroughKeycloak(page, 'audrey', 'audrey-1');
      const user = page.locator(app.currentUser);
      await user.waitFor();
      assert.match(await user.innerText(), /audrey/i);

      const table = await openVendors(page);
      if (vendorAdded) await table.getByText(vendorName, { exact: true }).waitFor();
      await screenshot(page, 'audrey-2-vendors');
      assert.equal(await page.getByRole('button', { name: app.addVendorButtonName }).count(), 0, '"Add vendor" button is shown');
      assert.equal(await page.getByLabel(app.vendorNameLabel).count(), 0, '"Vendor name" field is shown');
    });
  } finally {
    await context.close();
  }
});
