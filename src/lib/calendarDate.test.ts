import {describe, expect, it} from 'vitest';

import {
  formatCalendarDate,
  formatCalendarMonth,
  isoDate,
  MS_PER_DAY,
  parseIsoDate,
} from './calendarDate';

// Intl as the server and the browser have it: the text the table must match.
function intl(iso: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-GB', {...options, timeZone: 'UTC'}).format(
    new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`),
  );
}

const MONTHS = Array.from({length: 12}, (_, i) =>
  String(i + 1).padStart(2, '0'),
);

describe('formatCalendarDate', () => {
  it.each(MONTHS)('writes a day of month %s as Intl en-GB does', (month) => {
    for (const day of ['01', '09', '28']) {
      const iso = `2026-${month}-${day}`;
      expect(formatCalendarDate(iso)).toBe(
        intl(iso, {day: 'numeric', month: 'short', year: 'numeric'}),
      );
      expect(formatCalendarDate(iso, 'long')).toBe(
        intl(iso, {dateStyle: 'long'}),
      );
    }
  });

  it('leaves what is not a YYYY-MM-DD date as it is', () => {
    for (const value of ['2026-13-01', '2026-10', '14/10/2026', '']) {
      expect(formatCalendarDate(value)).toBe(value);
    }
  });
});

describe('formatCalendarMonth', () => {
  it.each(MONTHS)('writes month %s as Intl en-GB does', (month) => {
    const iso = `2025-${month}`;
    expect(formatCalendarMonth(iso)).toBe(
      intl(iso, {month: 'short', year: 'numeric'}),
    );
    expect(formatCalendarMonth(iso, 'long')).toBe(
      intl(iso, {month: 'long', year: 'numeric'}),
    );
  });

  it('leaves what is not a YYYY-MM month as it is', () => {
    for (const value of ['2026-00', '2026-10-14', 'October']) {
      expect(formatCalendarMonth(value)).toBe(value);
    }
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(parseIsoDate('2026-10-14')).toBe(Date.UTC(2026, 9, 14) / MS_PER_DAY);
    expect(parseIsoDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29) / MS_PER_DAY);
    expect(parseIsoDate('1970-01-01')).toBe(0);
  });

  it('refuses dates that roll over, and other formats', () => {
    for (const value of [
      '2026-02-30',
      '2027-02-29',
      '2027-04-31',
      '2026-13-01',
      '2026-1-5',
      '0050-01-01',
      '14.10.2026',
      '',
    ]) {
      expect(parseIsoDate(value), value).toBeUndefined();
    }
  });

  it('reads back every day of two years that isoDate writes', () => {
    const first = Date.UTC(2026, 11, 1) / MS_PER_DAY;
    for (let day = first; day < first + 731; day++) {
      expect(parseIsoDate(isoDate(day)), isoDate(day)).toBe(day);
    }
  });
});
