import {describe, expect, it} from 'vitest';

import {formatCalendarDate, formatCalendarMonth} from './calendarDate';

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
