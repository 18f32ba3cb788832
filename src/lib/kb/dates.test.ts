import {describe, expect, it} from 'vitest';

import {
  STALE_AFTER_DAYS,
  daysSince,
  isStale,
  localIsoDate,
  normaliseDate,
} from './dates';

describe('isStale', () => {
  it(`is false up to ${STALE_AFTER_DAYS} days after verification, true after`, () => {
    const verified = '2026-01-01';
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12));
    expect(isStale(verified, day(STALE_AFTER_DAYS))).toBe(false);
    expect(isStale(verified, day(STALE_AFTER_DAYS + 1))).toBe(true);
  });

  it('counts whole days', () => {
    expect(daysSince('2026-10-14', new Date('2026-10-15T23:59:00Z'))).toBe(1);
    expect(daysSince('2026-10-14', new Date('2026-10-13T12:00:00Z'))).toBe(-1);
  });
});

describe('normaliseDate', () => {
  it('reads text, Date objects and serialised timestamps alike', () => {
    expect(normaliseDate('2026-10-14')).toBe('2026-10-14');
    expect(normaliseDate(new Date(Date.UTC(2026, 9, 14)))).toBe('2026-10-14');
    expect(normaliseDate('2026-10-14T00:00:00.000Z')).toBe('2026-10-14');
    expect(normaliseDate('soon')).toBeUndefined();
    expect(normaliseDate(20261014)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('takes today on the calendar of a time zone', () => {
    const moment = new Date('2026-10-14T23:30:00Z');
    expect(localIsoDate(moment, 'UTC')).toBe('2026-10-14');
    expect(localIsoDate(moment, 'Europe/Copenhagen')).toBe('2026-10-15');
  });
});

describe('every day of two years', () => {
  // Every verification date from December 2026 to November 2028 (a leap day
  // among them), read at the first and the last minute of each later day:
  // "may be stale" turns on exactly STALE_AFTER_DAYS + 1 days after.
  const first = Date.UTC(2026, 11, 1);
  const DAY = 24 * 3600 * 1000;
  it('turns an answer stale the day after its 180th day, at any time of that day', () => {
    const wrong: string[] = [];
    for (let verified = first; verified < first + 731 * DAY; verified += DAY) {
      const date = new Date(verified).toISOString().slice(0, 10);
      for (const after of [
        0,
        1,
        STALE_AFTER_DAYS - 1,
        STALE_AFTER_DAYS,
        STALE_AFTER_DAYS + 1,
        400,
      ]) {
        for (const minute of [0, 24 * 60 - 1]) {
          const now = new Date(verified + after * DAY + minute * 60_000);
          if (
            daysSince(date, now) !== after ||
            isStale(date, now) !== after > STALE_AFTER_DAYS
          ) {
            wrong.push(`${date} read at ${now.toISOString()}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
