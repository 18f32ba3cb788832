import {describe, expect, it} from 'vitest';

import {crews, siteRotation, syntheticRotation} from './fixtures';
import {
  FAIRNESS_WEEKS,
  RotationSchedule,
  UnfillableShiftError,
} from './schedule';
import type {Rotation} from './types';

/**
 * Every 26-week window from `first` on: among engineers free for exactly the
 * same weeks of the window, the numbers of shifts differ by at most one.
 * Returns the windows that break it (empty when fair).
 */
function unfairWindows(
  schedule: RotationSchedule,
  first: number,
  last: number,
): string[] {
  const {engineers} = schedule.rotation;
  const all = crews(schedule, last + 1);
  const problems: string[] = [];
  for (let start = first; start + FAIRNESS_WEEKS - 1 <= last; start++) {
    const window = all.slice(start, start + FAIRNESS_WEEKS);
    const groups = new Map<string, {id: string; count: number}[]>();
    for (const {id} of engineers) {
      const availability = window
        .map((_, k) => (schedule.isAvailable(id, start + k) ? '1' : '0'))
        .join('');
      const count = window.filter((crew) => crew.includes(id)).length;
      groups.set(availability, [
        ...(groups.get(availability) ?? []),
        {id, count},
      ]);
    }
    for (const group of groups.values()) {
      const counts = group.map((g) => g.count);
      if (Math.max(...counts) - Math.min(...counts) > 1) {
        problems.push(
          `weeks ${start}-${start + FAIRNESS_WEEKS - 1}: ${group.map((g) => `${g.id}=${g.count}`).join(' ')}`,
        );
      }
    }
  }
  return problems;
}

function backToBack(schedule: RotationSchedule, shifts: number): string[] {
  const all = crews(schedule, shifts);
  return all.flatMap((crew, index) =>
    index === 0
      ? []
      : crew
          .filter((id) => all[index - 1]!.includes(id))
          .map((id) => `${id} in shifts ${index - 1} and ${index}`),
  );
}

const FIVE_YEARS = 5 * 52;

describe('the published rotation', () => {
  const rotation = siteRotation();
  const schedule = new RotationSchedule(rotation);

  // Fairness is a property of the rotation; a swap is the engineers' own
  // choice, so these checks look at the seats before overrides.
  it('is fair over every 26-week window of its first five years', () => {
    expect(unfairWindows(schedule, 0, FIVE_YEARS)).toEqual([]);
    expect(schedule.unfairShifts).toEqual([]);
  });

  it('never puts anyone on two shifts in a row', () => {
    expect(backToBack(schedule, FIVE_YEARS)).toEqual([]);
  });

  it('fills every seat of every shift with different engineers', () => {
    for (const crew of crews(schedule, FIVE_YEARS, true)) {
      expect(crew).toHaveLength(2);
      expect(new Set(crew).size).toBe(2);
    }
  });

  it('keeps engineers off shifts that touch their time off', () => {
    for (const off of rotation.timeOff) {
      const {from, to} = schedule.shiftsTouching(off.from, off.to);
      expect(to).toBeGreaterThanOrEqual(from);
      for (let index = from; index <= to; index++) {
        const shift = schedule.shift(index);
        // The shift's seven days overlap the time off...
        expect(shift.days.some((d) => d >= off.from && d <= off.to)).toBe(true);
        // ...so the engineer sits no seat in it.
        expect(shift.seats.map((s) => s.scheduled)).not.toContain(off.engineer);
        expect(shift.seats.map((s) => s.engineer)).not.toContain(off.engineer);
      }
    }
  });

  it('starts engineers who join later on no shift before their first day', () => {
    const chloe = rotation.engineers.find((e) => e.id === 'chloe')!;
    expect(chloe.from).toBe('2026-03-02');
    const before = crews(schedule, schedule.indexOfDate(chloe.from!));
    expect(before.flat()).not.toContain('chloe');
    expect(crews(schedule, 20).flat()).toContain('chloe');
  });

  it('applies a swap to the two seats it names and nothing else', () => {
    const swapped = schedule.shift(schedule.indexStartingOn('2027-06-28')!);
    expect(swapped.seats[1]).toMatchObject({
      seat: 'secondary',
      engineer: 'mateo',
      scheduled: 'kwame',
    });
    const back = schedule.shift(schedule.indexStartingOn('2027-07-26')!);
    expect(back.seats[1]).toMatchObject({
      engineer: 'kwame',
      scheduled: 'mateo',
    });

    const plain = new RotationSchedule({...rotation, overrides: []});
    for (let index = 0; index < 120; index++) {
      const withSwap = schedule.shift(index).seats;
      const without = plain.shift(index).seats;
      expect(withSwap.map((s) => s.scheduled)).toEqual(
        without.map((s) => s.engineer),
      );
      if (index !== swapped.index && index !== back.index) {
        expect(withSwap.map((s) => s.engineer)).toEqual(
          without.map((s) => s.engineer),
        );
      }
    }
  });

  it('shares holiday shifts: in 2026-2027 everyone has one to three', () => {
    const end = schedule.indexOfDate('2027-12-31');
    const rows = schedule.fairness(0, end + 1);
    const counts = rows.map((row) => row.holidayShifts);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    // Holidays never empty a seat.
    for (let index = 0; index <= end; index++) {
      const shift = schedule.shift(index);
      if (shift.holidays.length > 0) {
        expect(shift.seats.every((s) => s.engineer)).toBe(true);
      }
    }
  });

  it('varies pairs and alternates primary and secondary', () => {
    const shifts = crews(schedule, 104);
    const partners = new Map<string, Set<string>>();
    const lastSeat = new Map<string, number>();
    let sameSeatAgain = 0;
    for (const crew of shifts) {
      crew.forEach((id, seat) => {
        const others = crew.filter((other) => other !== id);
        partners.set(id, new Set([...(partners.get(id) ?? []), ...others]));
        sameSeatAgain += lastSeat.get(id) === seat ? 1 : 0;
        lastSeat.set(id, seat);
      });
    }
    // Over two years (about 15 shifts each) everyone sits with at least 5 of
    // the 13 others, and the seat changes from one shift to the next in 97%
    // of cases (it cannot always: two who were both primary last time).
    for (const set of partners.values()) {
      expect(set.size).toBeGreaterThanOrEqual(5);
    }
    expect(sameSeatAgain / (shifts.length * 2)).toBeLessThan(0.03);
    for (const row of schedule.fairness(0, 104)) {
      expect(Math.abs(row.bySeat[0]! - row.bySeat[1]!)).toBeLessThanOrEqual(2);
    }
  });
});

describe('fairness with time off and holidays', () => {
  // Seeded rosters of 9 to 16 engineers, each away for 3-20 days every few
  // months, over five years: every 26-week window is checked.
  const cases = [
    {seed: 1, engineers: 14, timeOffEvery: 120},
    {seed: 2, engineers: 14, timeOffEvery: 60},
    {seed: 3, engineers: 12, timeOffEvery: 90},
    {seed: 4, engineers: 9, timeOffEvery: 120},
    {seed: 5, engineers: 16, timeOffEvery: 45},
    {seed: 6, engineers: 15, timeOffEvery: 0},
    {
      seed: 7,
      engineers: 14,
      timeOffEvery: 90,
      seats: ['first', 'second', 'third'],
    },
  ];
  for (const options of cases) {
    it(`holds for ${options.engineers} engineers, ${options.seats?.length ?? 2} seats, time off every ${options.timeOffEvery || 'never'} days (seed ${options.seed})`, () => {
      const schedule = new RotationSchedule(syntheticRotation(options));
      expect(unfairWindows(schedule, 0, FIVE_YEARS)).toEqual([]);
      expect(schedule.unfairShifts).toEqual([]);
      expect(backToBack(schedule, FIVE_YEARS)).toEqual([]);
    });
  }

  it('shares holiday shifts: 2 to 5 each over five years (60 holiday seats, 14 people)', () => {
    for (const seed of [11, 12, 13]) {
      const schedule = new RotationSchedule(
        syntheticRotation({seed, timeOffEvery: 0}),
      );
      const counts = schedule
        .fairness(0, FIVE_YEARS)
        .map((row) => row.holidayShifts);
      expect(counts.reduce((a, b) => a + b)).toBe(60);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...counts)).toBeLessThanOrEqual(5);
    }
  });

  it('lets someone serve twice in a row only when too few are free', () => {
    const rotation = syntheticRotation({seed: 9, engineers: 3, years: 1});
    const schedule = new RotationSchedule({...rotation, holidays: []});
    // Three engineers for two seats: every week one of last week's stays on.
    expect(backToBack(schedule, 10)).toHaveLength(9);
    const four = new RotationSchedule({
      ...syntheticRotation({seed: 9, engineers: 4, years: 1}),
      holidays: [],
    });
    expect(backToBack(four, 52)).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives the same shifts whatever order they are asked in', () => {
    const rotation = syntheticRotation({seed: 21, timeOffEvery: 90});
    const forward = new RotationSchedule(rotation);
    const expected = crews(forward, 150);
    const backward = new RotationSchedule(JSON.parse(JSON.stringify(rotation)));
    const far = backward.shift(149);
    expect(far.seats.map((s) => s.engineer)).toEqual(expected[149]);
    for (let index = 149; index >= 0; index -= 7) {
      expect(backward.shift(index).seats.map((s) => s.engineer)).toEqual(
        expected[index],
      );
    }
  });

  it('computes a date decades ahead without a stored list', () => {
    const schedule = new RotationSchedule(siteRotation());
    const shift = schedule.shiftAt(Date.UTC(2046, 5, 15, 12));
    expect(shift?.start).toBe('2046-06-11');
    expect(new Set(shift!.seats.map((s) => s.engineer)).size).toBe(2);
  });

  it('changes with the seed', () => {
    const rotation = siteRotation();
    const a = crews(new RotationSchedule(rotation), 10);
    const b = crews(new RotationSchedule({...rotation, seed: 'another'}), 10);
    expect(a).not.toEqual(b);
  });
});

describe('time', () => {
  const schedule = new RotationSchedule(siteRotation());

  it('hands over at 09:00 Copenhagen time across the March DST change', () => {
    // Clocks go forward on Sunday 29 March 2026: the shift is 167 hours.
    const index = schedule.indexStartingOn('2026-03-23')!;
    const shift = schedule.shift(index);
    expect(new Date(shift.startsAt).toISOString()).toBe(
      '2026-03-23T08:00:00.000Z',
    );
    expect(new Date(shift.endsAt).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect((shift.endsAt - shift.startsAt) / 3_600_000).toBe(167);
  });

  it('hands over at 09:00 Copenhagen time across the October DST change', () => {
    // Clocks go back on Sunday 25 October 2026: the shift is 169 hours.
    const shift = schedule.shift(schedule.indexStartingOn('2026-10-19')!);
    expect(new Date(shift.startsAt).toISOString()).toBe(
      '2026-10-19T07:00:00.000Z',
    );
    expect(new Date(shift.endsAt).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    expect((shift.endsAt - shift.startsAt) / 3_600_000).toBe(169);
  });

  it('follows another zone: New York moves its clocks on 8 March 2026', () => {
    const newYork = new RotationSchedule({
      ...siteRotation(),
      timeZone: 'America/New_York',
    });
    const shift = newYork.shift(newYork.indexStartingOn('2026-03-02')!);
    expect(new Date(shift.startsAt).toISOString()).toBe(
      '2026-03-02T14:00:00.000Z',
    );
    expect(new Date(shift.endsAt).toISOString()).toBe(
      '2026-03-09T13:00:00.000Z',
    );
  });

  it('changes shift at the handoff minute, not at midnight', () => {
    const monday = schedule.indexStartingOn('2027-06-14')!;
    // 08:59 and 09:00 on Monday 14 June 2027 in Copenhagen (UTC+2).
    expect(schedule.indexAt(Date.UTC(2027, 5, 14, 6, 59))).toBe(monday - 1);
    expect(schedule.indexAt(Date.UTC(2027, 5, 14, 7, 0))).toBe(monday);
    expect(schedule.indexAt(Date.UTC(2027, 5, 20, 23, 0))).toBe(monday);
  });

  it('has no shift before the first handoff', () => {
    expect(schedule.indexAt(Date.UTC(2026, 0, 5, 7, 59))).toBe(-1);
    expect(schedule.shiftAt(Date.UTC(2026, 0, 5, 7, 59))).toBeUndefined();
    expect(schedule.shiftAt(Date.UTC(2026, 0, 5, 8, 0))?.index).toBe(0);
    expect(() => schedule.shift(-1)).toThrow(RangeError);
  });

  it('lists the shifts overlapping an interval', () => {
    const shifts = schedule.shiftsBetween(
      Date.UTC(2026, 5, 3),
      Date.UTC(2026, 5, 17),
    );
    expect(shifts.map((s) => s.start)).toEqual([
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
    expect(shifts[0]!.holidays.map((h) => h.name)).toEqual([
      'Constitution Day',
    ]);
  });
});

describe('an unfillable week', () => {
  it('throws naming the shift, when data skipped validation', () => {
    const rotation: Rotation = {
      ...syntheticRotation({seed: 1, engineers: 3, years: 1}),
      timeOff: [
        {engineer: 'e1', from: '2026-01-12', to: '2026-01-18'},
        {engineer: 'e2', from: '2026-01-12', to: '2026-01-18'},
      ],
    };
    const schedule = new RotationSchedule(rotation);
    expect(() => schedule.shift(1)).toThrow(UnfillableShiftError);
    expect(() => schedule.shift(1)).toThrow(/starting 2026-01-12 has 1/);
  });
});
