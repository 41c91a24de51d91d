import { fieldKey, isApiProblem } from '@/lib/api-client';

/**
 * Places a problem's violations on form fields: `mapping` takes a server field key (as `fieldKey` gives it, e.g.
 * "facts.organizedIn.0") to the form field showing it. Returns the messages per form field and the server keys
 * placed, so that the problem banner lists only the rest.
 */
export function violationsByField<F extends string>(
  error: unknown,
  mapping: Record<string, F>,
): { errors: Partial<Record<F, string[]>>; shownFields: string[] } {
  const errors: Partial<Record<F, string[]>> = {};
  const shownFields: string[] = [];
  if (!isApiProblem(error)) return { errors, shownFields };
  for (const violation of error.violations) {
    const key = fieldKey(violation.field);
    const field = mapping[key];
    if (!field) continue;
    (errors[field] ??= []).push(violation.message);
    if (!shownFields.includes(key)) shownFields.push(key);
  }
  return { errors, shownFields };
}

/** Zod issues → messages per form field (first path segment). */
export function issuesByField<F extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Partial<Record<F, string[]>> {
  const errors: Partial<Record<F, string[]>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string') (errors[field as F] ??= []).push(issue.message);
  }
  return errors;
}

export function formatPercent(value: number | string): string {
  return `${Number(value).toLocaleString('en', { maximumFractionDigits: 4 })}%`;
}
