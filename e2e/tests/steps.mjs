// Due-diligence steps shared by the browser tests (25: owners and verdict; 27: the whole path up to a disposition).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_URL, HTTP_TIMEOUT_MS, tokenFor } from './env.mjs';
import { dueDiligence as dd } from './selectors.mjs';

/**
 * adam (admin) uploads a BIS Denied Persons List file as multipart (part {@code file}), as the Lists page does.
 * @returns {{ status: number, text: string }}
 */
export async function importDpl(fixturePath) {
  const form = new FormData();
  form.append('file', new Blob([await readFile(fixturePath)], { type: 'text/plain' }), path.basename(fixturePath));
  const res = await fetch(`${APP_URL}/api/v1/list-snapshots?source=BIS_DPL`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor('adam')}`, accept: 'application/json, application/problem+json' },
    body: form,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  return { status: res.status, text: await res.text() };
}

/** Waits until the covered-person verdict reads exactly {@code text} ("Covered" / "Not covered"). */
export async function verdictIs(page, text) {
  const verdict = page.locator(dd.verdict);
  await verdict.filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
  return verdict;
}

export async function addOwner(page, { name, kind, country, percent }) {
  const form = page.getByRole('form', { name: dd.addOwnerFormName, exact: true });
  await form.getByLabel(dd.ownerNameLabel, { exact: true }).fill(name);
  await form.getByLabel(dd.ownerKindLabel, { exact: true }).selectOption(kind);
  await form.getByLabel(dd.ownerCountryLabel, { exact: true }).fill(country);
  await form.getByLabel(dd.percentLabel, { exact: true }).fill(percent);
  await form.getByLabel(dd.validFromLabel, { exact: true }).fill('2024-01-01');
  await form.getByLabel(dd.sourceLabel, { exact: true }).fill('e2e: commercial register extract');
  await form.getByRole('button', { name: dd.addOwnerButtonName, exact: true }).click();
  await page.getByText(`Owner “${name}” added.`, { exact: true }).waitFor();
}
