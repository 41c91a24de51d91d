// The whole due-diligence path in a real browser: adam (admin) imports a small BIS Denied Persons List through the
// API (multipart upload); alice creates a vendor whose name is a DPL entry with a typo, adds two owners and sees
// the covered-person status, screens the vendor, sees the hit with its evidence and records "False positive" with
// a reason; the recorded decision shows who decided.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { uniqueName } from './env.mjs';
import { app, dueDiligence as dd, lists, screening as sc } from './selectors.mjs';
import { launch, newPage, screenshot, withDiagnostics, loginThroughKeycloak } from './browser.mjs';
import { addOwner, importDpl, verdictIs } from './steps.mjs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dpl.txt');
/** DPL entry "AEROCARGO DEL SUR TRANSPORTATION COMPANY" with one letter dropped (fixtures/dpl.txt). */
const VENDOR_NAME = 'Aerocargo del Sur Transportaton Company';
const ENTRY_NAME = 'AEROCARGO DEL SUR TRANSPORTATION COMPANY';

let browser;
let imported;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('adam (admin) imports a BIS Denied Persons List snapshot through the API', async () => {
  const { status, text } = await importDpl(FIXTURE);
  assert.equal(status, 201, text);
  imported = JSON.parse(text);
  assert.equal(imported.source, 'BIS_DPL');
  assert.equal(imported.active, true);
  assert.match(imported.sha256, /^[0-9a-f]{64}$/);
  assert.ok(imported.counts.entries > 0, text);
});

test('alice creates a vendor named like a DPL entry with two owners, sees it covered, screens it and records "False positive"', { timeout: 180_000 }, async (t) => {
  if (!imported) return t.skip('the list import failed');
  const { context, page } = await newPage(browser);
  try {
    await withDiagnostics(page, 'screening-alice', async () => {
      await loginThroughKeycloak(page, 'alice');
      await page.locator(app.currentUser).waitFor();

      // The lists page, read-only for an analyst, shows the imported snapshot.
      await page.getByRole('link', { name: lists.navName, exact: true }).first().click();
      const snapshots = page.getByRole('table', { name: lists.tableName, exact: true });
      await snapshots.locator(lists.row).filter({ hasText: imported.sha256.slice(0, 12) }).waitFor();
      assert.equal(await page.getByRole('form', { name: lists.importFormName }).count(), 0, 'import form shown to alice');
      await screenshot(page, 'screening-1-lists');

      await page.getByRole('link', { name: app.vendorsNavName, exact: true }).first().click();
      const table = page.getByRole('table', { name: app.vendorsTableName, exact: true });
      await table.waitFor();
      await page.getByLabel(app.vendorNameLabel, { exact: true }).fill(VENDOR_NAME);
      await page.getByLabel(app.countryLabel, { exact: true }).fill('AR');
      await page.getByRole('button', { name: app.addVendorButtonName, exact: true }).click();
      await table.getByRole('link', { name: VENDOR_NAME, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: `${dd.headingPrefix}: ${VENDOR_NAME}` }).waitFor();

      const register = page.getByRole('form', { name: dd.registerFormName, exact: true });
      await register.getByLabel(dd.legalNameLabel, { exact: true }).fill(VENDOR_NAME);
      await register.getByLabel(dd.organizedInLabel, { exact: true }).fill('AR');
      await register.getByLabel(dd.factsValidFromLabel, { exact: true }).fill('2024-01-01');
      await register.getByRole('button', { name: dd.registerButtonName, exact: true }).click();
      await verdictIs(page, 'Not covered');

      // Two owners: the government of a country of concern (30%) and an entity organized there (25%) make 55%.
      await addOwner(page, { name: uniqueName('Government of Iran'), kind: 'GOVERNMENT', country: 'IR', percent: '30' });
      await addOwner(page, { name: uniqueName('Tehran Cargo Holding'), kind: 'ENTITY', country: 'IR', percent: '25' });
      await verdictIs(page, 'Covered');
      await page.locator(dd.coveredOwnership).filter({ hasText: /^55%$/ }).waitFor();
      // The badge and the figures tell one story: covered because of the 55% its covered owners hold.
      assert.match(
        await page.locator(dd.coveredReason).innerText(),
        /^Covered: 55% owned, directly or indirectly, by (countries of concern or )?covered persons \(28 CFR 202\.211\(a\)\([12]\)( and \(a\)\(2\))?\)\.$/,
      );
      await screenshot(page, 'screening-1b-owners-covered');

      const section = page.locator(sc.section);
      await section.getByRole('button', { name: sc.screenNowButtonName, exact: true }).click();
      const result = section.locator(sc.result);
      await result.waitFor();
      // The analyst reads the list's name, publisher and version; ids and hashes wait behind "Technical evidence".
      const screened = await result.locator(sc.snapshot).allInnerTexts();
      assert.ok(
        screened.some((s) => s.startsWith('Denied Persons List, U.S. Department of Commerce, Bureau of Industry and Security; version imported ')),
        `lists screened: ${JSON.stringify(screened)}`,
      );
      assert.ok(screened.every((s) => !s.includes(imported.id) && !/\d{4}-\d{2}-\d{2}T/.test(s)), `lists screened: ${JSON.stringify(screened)}`);
      await result.locator(sc.technicalEvidence).getByText(sc.technicalEvidenceSummary, { exact: true }).click();
      const snapshotRefs = await result.locator(sc.snapshotId).allInnerTexts();
      assert.ok(snapshotRefs.some((s) => s.includes(imported.id) && s.includes(imported.sha256)), `snapshots: ${JSON.stringify(snapshotRefs)}`);
      assert.match(await result.locator(sc.engine).innerText(), /\S/);
      assert.match(await result.locator(sc.threshold).innerText(), /^0\.\d{3}$/);

      const hit = result.locator(sc.hit).filter({ has: page.locator(sc.hitEntryName).filter({ hasText: ENTRY_NAME }) }).first();
      await hit.waitFor();
      assert.match(await hit.locator(sc.hitScore).innerText(), /^Score 0\.\d{3} \(name /);
      await screenshot(page, 'screening-2-hit');

      const reason = 'e2e: different company — Argentine registration, not the listed entity';
      const form = hit.getByRole('form', { name: sc.dispositionFormPrefix });
      await form.getByLabel(sc.decisionLabel, { exact: true }).selectOption('FALSE_POSITIVE');
      await form.getByLabel(sc.reasonLabel, { exact: true }).fill(reason);
      await form.getByRole('button', { name: sc.recordButtonName, exact: true }).click();

      const recorded = hit.locator(sc.recordedDecision);
      await recorded.waitFor();
      const text = await recorded.innerText();
      assert.ok(text.startsWith('False positive by alice at '), text);
      assert.ok(text.endsWith(reason), text);
      await form.waitFor({ state: 'detached' });
      await screenshot(page, 'screening-3-dispositioned');
    });
  } finally {
    await context.close();
  }
});
