import { exactUtc, formatRelative, formatTimestamp, type TimeOptions } from '@/lib/time';

type TimeProps = TimeOptions & {
  /** An ISO instant from the API (2026-12-04T10:15:30.123456Z) or a calendar date (2026-12-04). */
  value: string;
  /** absolute: "4 Dec 2026, 10:15"; relative: "3 days ago"; both: "4 Dec 2026, 10:15 (3 days ago)". */
  show?: 'absolute' | 'relative' | 'both';
  /** For "relative" and "both": the reference instant, now unless given (ms since the epoch). */
  now?: number;
  className?: string;
};

/**
 * A timestamp or date as people read it, in the browser's locale and time zone, inside a machine-readable
 * `<time dateTime>` whose title holds the exact UTC value.
 */
export function Time({ value, show = 'absolute', now, className, locale, timeZone }: TimeProps) {
  const options = { locale, timeZone };
  const absolute = formatTimestamp(value, options);
  const relative = show === 'absolute' ? '' : formatRelative(value, now ?? Date.now(), options);
  const text = show === 'absolute' ? absolute : show === 'relative' ? relative : `${absolute} (${relative})`;
  return (
    <time dateTime={value} title={exactUtc(value)} className={className}>
      {text}
    </time>
  );
}
