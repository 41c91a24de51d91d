// Due-diligence steps shared by the browser tests (25: owners and verdict; 27: the whole path up to a disposition).
import { dueDiligence as dd } from './selectors.mjs';

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
