import {describe, expect, it} from 'vitest';

import {
  addMonths,
  formatMonth,
  monthAt,
  monthWeeks,
  parseMonth,
  upcomingShifts,
} from './calendar';
import {siteRotation} from './fixtures';
import {RotationSchedule} from './schedule';

const schedule = new RotationSchedule(siteRotation());

describe('months', () => {
  it('parses and formats YYYY-MM and refuses anything else', () => {
    expect(parseMonth('2027-06')).toEqual({year: 2027, month: 6});
    for (const bad of ['2027-13', '2027-6', 'June', '', null, undefined]) {
      expect(parseMonth(bad)).toBeUndefined();
    }
    expect(formatMonth({year: 2027, month: 6})).toBe('2027-06');
  });

  it('steps across years', () => {
    expect(addMonths({year: 2026, month: 12}, 1)).toEqual({
      year: 2027,
      month: 1,
    });
    expect(addMonths({year: 2026, month: 1}, -1)).toEqual({
      year: 2025,
      month: 12,
    });
    expect(addMonths({year: 2026, month: 5}, -17)).toEqual({
      year: 2024,
      month: 12,
    });
  });

  it('takes the month in the rotation zone, not UTC', () => {
    // 23:30 UTC on 31 May 2027 is already 1 June in Copenhagen.
    expect(monthAt(Date.UTC(2027, 4, 31, 23, 30), 'Europe/Copenhagen')).toEqual(
      {
        year: 2027,
        month: 6,
      },
    );
  });
});

describe('monthWeeks', () => {
  it('gives one row per shift, Monday to Sunday, covering the month', () => {
    const weeks = monthWeeks(schedule, {year: 2027, month: 6});
    expect(weeks.map((w) => w.shift?.start)).toEqual([
      '2027-05-31',
      '2027-06-07',
      '2027-06-14',
      '2027-06-21',
      '2027-06-28',
    ]);
    expect(weeks[0]!.days.map((d) => d.inMonth)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(weeks[4]!.days.at(-1)).toMatchObject({
      date: '2027-07-04',
      inMonth: false,
    });
    const constitutionDay = weeks[0]!.days.find((d) => d.date === '2027-06-05');
    expect(constitutionDay?.holidays.map((h) => h.name)).toEqual([
      'Constitution Day',
    ]);
  });

  it('marks the weeks before the rotation started', () => {
    const weeks = monthWeeks(schedule, {year: 2025, month: 12});
    expect(weeks.every((w) => w.index < 0 && w.shift === undefined)).toBe(true);
    const january = monthWeeks(schedule, {year: 2026, month: 1});
    expect(january[0]!.index).toBe(-1);
    expect(january[1]!.shift?.start).toBe('2026-01-05');
  });
});

describe('upcomingShifts', () => {
  const now = Date.UTC(2027, 5, 16, 12);

  it('starts with the shift running now', () => {
    const shifts = upcomingShifts(schedule, now, 3);
    expect(shifts.map((s) => s.start)).toEqual([
      '2027-06-14',
      '2027-06-21',
      '2027-06-28',
    ]);
  });

  it('keeps only one engineer’s shifts when asked', () => {
    const shifts = upcomingShifts(schedule, now, 4, 'mateo');
    expect(shifts).toHaveLength(4);
    for (const shift of shifts) {
      expect(shift.seats.map((s) => s.engineer)).toContain('mateo');
    }
    // The swap gives Mateo the week of 28 June.
    expect(shifts.map((s) => s.start)).toContain('2027-06-28');
  });
});
