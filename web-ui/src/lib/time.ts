// Every timestamp and calendar date the UI shows goes through here, so all pages read alike: local date and time
// in the browser's locale and time zone, "3 days ago" where age matters, and the exact UTC value on hover.

/** A calendar date without a time (asOf, validFrom, validTo): shown as that date in every time zone. */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant as the API sends it, e.g. 2026-12-04T10:15:30.123456Z; fractions finer than ms kept for the title. */
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)Z$/;

export type TimeOptions = {
  /** BCP 47 locale; the browser's when left out. */
  locale?: string | undefined;
  /** IANA time zone for instants; the browser's when left out. */
  timeZone?: string | undefined;
};

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** The instant of an ISO timestamp (a date-only value is its UTC midnight), or null when it is not one. */
export function parseTimestamp(value: string): Date | null {
  const date = DATE_ONLY.exec(value);
  const parsed = date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** "7 Dec 2026, 14:05" (en-GB) or "Dec 7, 2026, 2:05 PM" (en-US): an instant in local time; a date as itself. */
export function formatTimestamp(value: string, options: TimeOptions = {}): string {
  const parsed = parseTimestamp(value);
  if (!parsed) return value;
  if (isDateOnly(value)) {
    // NB: a calendar date formatted in local time would show the previous day west of UTC.
    return new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
  }
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(parsed);
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "now": the value relative to `now` (milliseconds since the epoch). */
export function formatRelative(value: string, now: number = Date.now(), options: TimeOptions = {}): string {
  const parsed = parseTimestamp(value);
  if (!parsed) return value;
  const seconds = (parsed.getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(options.locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** Whole days from the value to `now`; 0 for a future value. */
export function ageInDays(value: string, now: number = Date.now()): number {
  const parsed = parseTimestamp(value);
  if (!parsed) return 0;
  return Math.max(0, Math.floor((now - parsed.getTime()) / (24 * 3600 * 1000)));
}

/** The exact value for a tooltip: "2026-12-04 10:15:30.123456 UTC" (all digits the API sent), or the date. */
export function exactUtc(value: string): string {
  if (isDateOnly(value)) return value;
  const utc = UTC_INSTANT.exec(value);
  if (utc) return `${utc[1]} ${utc[2]} UTC`;
  const parsed = parseTimestamp(value);
  return parsed ? `${parsed.toISOString().replace('T', ' ').replace('Z', '')} UTC` : value;
}
