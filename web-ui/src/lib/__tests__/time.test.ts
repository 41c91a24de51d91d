import { describe, expect, it } from 'vitest';

import { ageInDays, exactUtc, formatRelative, formatTimestamp, parseTimestamp } from '@/lib/time';

const DAY = 24 * 3600 * 1000;

describe('time formatting', () => {
  it('shows an API instant as a local date and time, without ISO letters or microseconds', () => {
    const text = formatTimestamp('2026-12-04T10:15:30.123456Z', { locale: 'en-GB', timeZone: 'Europe/Berlin' });
    expect(text).toBe('4 Dec 2026, 11:15');
    expect(formatTimestamp('2026-12-04T10:15:30.123456Z', { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Dec 4, 2026, 5:15 AM',
    );
  });

  it('keeps a calendar date on its day in every time zone', () => {
    expect(formatTimestamp('2026-12-04', { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('4 Dec 2026');
    expect(formatTimestamp('2026-12-04', { locale: 'en-US', timeZone: 'Pacific/Kiritimati' })).toBe('Dec 4, 2026');
  });

  it('says how long ago in words', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(formatRelative('2026-12-04T11:00:00.5Z', now, { locale: 'en' })).toBe('3 days ago');
    expect(formatRelative('2026-12-06T12:00:00Z', now, { locale: 'en' })).toBe('yesterday');
    expect(formatRelative('2026-12-07T09:30:00Z', now, { locale: 'en' })).toBe('2 hours ago');
    expect(formatRelative('2026-12-07T11:59:50Z', now, { locale: 'en' })).toBe('now');
    expect(formatRelative('2026-11-07T12:00:00Z', now, { locale: 'en' })).toBe('last month');
    expect(formatRelative('2026-12-07T12:00:00Z', now, { locale: 'de' })).toBe('jetzt');
  });

  it('gives the exact UTC value with every digit the API sent', () => {
    expect(exactUtc('2026-12-04T10:15:30.123456Z')).toBe('2026-12-04 10:15:30.123456 UTC');
    expect(exactUtc('2026-12-04T12:15:30+02:00')).toBe('2026-12-04 10:15:30.000 UTC');
    expect(exactUtc('2026-12-04')).toBe('2026-12-04');
  });

  it('counts whole days of age and leaves text that is not a timestamp as it is', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(ageInDays('2026-11-29T13:00:00Z', now)).toBe(7);
    expect(ageInDays(new Date(now + DAY).toISOString(), now)).toBe(0);
    expect(parseTimestamp('not a date')).toBeNull();
    expect(formatTimestamp('not a date')).toBe('not a date');
  });
});
