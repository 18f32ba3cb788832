/**
 * The date logic of the support page, swept over every hour of two years in
 * the rotation's time zone (both DST changes of each year, a leap day, every
 * month's first and last day, every handoff), against Intl's own reading of
 * the same instants. A page test can only visit a few days; this is where
 * "it works on any day" is proven.
 */
import {describe, expect, it} from 'vitest';

import {site} from '../../data/site';
import {monthAt, monthWeeks, upcomingShifts} from './calendar';
import {fromParts, isoDate, zonedDay, zonedInstant} from './dates';
import {siteRotation} from './fixtures';
import {RotationSchedule} from './schedule';

const HOUR = 3600 * 1000;
const FROM = Date.UTC(2026, 11, 1); // 1 December 2026
const TO = Date.UTC(2028, 11, 1); // two years later, 29 February 2028 inside

const schedule = new RotationSchedule(siteRotation());
const zone = site.timeZone;
const handoff = schedule.rotation.handoff;

/** What Intl says the clocks in `zone` show at `instant`. */
const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'long',
  hourCycle: 'h23',
});
function wall(instant: number) {
  const parts = Object.fromEntries(
    wallClock.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: parts.weekday!.toLowerCase(),
  };
}

const hours: number[] = [];
for (let t = FROM; t < TO; t += HOUR) {
  hours.push(t);
}

describe(`every hour from ${isoDate(FROM / 86_400_000)} to ${isoDate(TO / 86_400_000)} in ${zone}`, () => {
  it('covers both DST changes of each year and a leap day', () => {
    const offset = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    });
    const offsets = new Set(
      hours.map(
        (t) =>
          offset.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value,
      ),
    );
    expect(offsets.size).toBe(2);
    expect(hours.some((t) => wall(t).date === '2028-02-29')).toBe(true);
  });

  it('reads the date, and so the month, the clocks show', () => {
    for (const t of hours) {
      const expected = wall(t).date;
      const {year, month} = monthAt(t, zone);
      const actual = isoDate(zonedDay(t, zone));
      const actualMonth = `${year}-${String(month).padStart(2, '0')}`;
      if (actual !== expected || actualMonth !== expected.slice(0, 7)) {
        expect.fail(
          `${new Date(t).toISOString()}: read ${actual} (${actualMonth}), the clocks show ${expected}`,
        );
      }
    }
  });

  it('finds the running shift: it started before and ends after, and is the next shift after the one before', () => {
    let previous = schedule.indexAt(FROM);
    const bounds = new Map<number, [number, number]>();
    for (const t of hours) {
      const index = schedule.indexAt(t);
      if (!bounds.has(index)) {
        bounds.set(index, [
          schedule.startsAt(index),
          schedule.startsAt(index + 1),
        ]);
      }
      const [startsAt, endsAt] = bounds.get(index)!;
      if (
        !(startsAt <= t && t < endsAt) ||
        index - previous > 1 ||
        index < previous
      ) {
        expect.fail(
          `${new Date(t).toISOString()}: shift ${index} runs from ${new Date(startsAt).toISOString()} to ${new Date(endsAt).toISOString()}, after shift ${previous}`,
        );
      }
      previous = index;
    }
    // The page lists upcoming shifts from the running one: check it at each day's noon.
    for (let t = FROM + 11 * HOUR; t < TO; t += 24 * HOUR) {
      expect(upcomingShifts(schedule, t, 1)[0]?.index).toBe(
        schedule.indexAt(t),
      );
    }
  });

  it('hands over on the handoff weekday at the handoff time of the clocks, DST or not', () => {
    const first = schedule.indexAt(FROM);
    const last = schedule.indexAt(TO);
    const time = handoff.time;
    for (let index = first; index <= last; index++) {
      const shift = schedule.shift(index);
      const start = wall(shift.startsAt);
      expect(start.weekday, shift.start).toBe(handoff.weekday);
      expect(start.time, shift.start).toBe(time);
      expect(start.date).toBe(shift.start);
      expect(shift.endsAt).toBe(schedule.startsAt(index + 1));
      // A shift lasts a week of the clocks: 168 hours, or 167/169 across a change.
      expect([167, 168, 169]).toContain((shift.endsAt - shift.startsAt) / HOUR);
    }
  });

  it("shows each day once in its month's calendar, marked as in the month, in the row of the shift that covers its handoff time", () => {
    const seen = new Set<string>();
    const views = new Map<string, ReturnType<typeof monthWeeks>>();
    for (const t of hours) {
      const {date} = wall(t);
      if (seen.has(date)) {
        continue;
      }
      seen.add(date);
      const month = monthAt(t, zone);
      const key = `${month.year}-${month.month}`;
      if (!views.has(key)) {
        views.set(key, monthWeeks(schedule, month));
      }
      const weeks = views.get(key)!;
      const rows = weeks.filter((week) =>
        week.days.some((day) => day.date === date && day.inMonth),
      );
      expect(rows, date).toHaveLength(1);
      // Every day of the month appears in the view exactly once.
      const inMonth = weeks.flatMap((week) =>
        week.days.filter((d) => d.inMonth),
      );
      expect(new Set(inMonth.map((d) => d.date)).size).toBe(inMonth.length);
      expect(
        inMonth.every((d) => d.date.slice(0, 7) === date.slice(0, 7)),
      ).toBe(true);
      // The row is the shift that starts on or before that day.
      const row = rows[0]!;
      expect(row.shift).toBeDefined();
      expect(row.shift!.start <= date).toBe(true);
      expect(
        date < isoDate(zonedDay(row.shift!.endsAt, zone)) ||
          date === isoDate(zonedDay(row.shift!.endsAt, zone)),
      ).toBe(true);
    }
    // 2027 and 2028 (a leap year): 731 days, and the first hour of the next.
    expect(seen.size).toBe(732);
  });
});

describe('wall-clock times that do not exist or exist twice', () => {
  it('moves a time in the spring gap forward by the gap, and takes the first of a repeated autumn time', () => {
    const at = (
      y: number,
      m: number,
      d: number,
      hour: number,
      minute: number,
    ) =>
      new Date(
        zonedInstant(fromParts(y, m, d), {hour, minute}, 'Europe/Copenhagen'),
      ).toISOString();
    expect(at(2027, 3, 28, 2, 30)).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
    expect(at(2027, 3, 28, 3, 30)).toBe('2027-03-28T01:30:00.000Z');
    expect(at(2027, 10, 31, 2, 30)).toBe('2027-10-31T00:30:00.000Z'); // the first 02:30, CEST
    expect(at(2027, 10, 31, 3, 30)).toBe('2027-10-31T02:30:00.000Z');
    expect(at(2028, 2, 29, 9, 0)).toBe('2028-02-29T08:00:00.000Z');
  });
});

describe('zonedInstant, every day of two years in zones with and without daylight saving', () => {
  // Lord Howe moves its clocks by 30 minutes; Kolkata never moves them.
  const ZONES = [
    'Europe/Copenhagen',
    'America/New_York',
    'America/Sao_Paulo',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
  ];
  const formats = new Map(
    ZONES.map((zone) => [
      zone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ]),
  );
  /** `2027-03-28 02:30` as the clocks of `zone` show `instant`. */
  const shown = (instant: number, zone: string) =>
    formats.get(zone)!.format(instant).replace(',', '');

  it('is the first instant that shows the time, where the time exists', () => {
    let checked = 0;
    for (const zone of ZONES) {
      for (
        let day = fromParts(2027, 1, 1);
        day <= fromParts(2028, 12, 31);
        day++
      ) {
        for (const time of [
          {hour: 2, minute: 30},
          {hour: 9, minute: 0},
        ]) {
          const wall = `${isoDate(day)} ${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
          const instant = zonedInstant(day, time, zone);
          if (shown(instant, zone) !== wall) {
            // Only a time inside a spring-forward gap shows no time of its own.
            expect(shown(instant - 60 * 60_000, zone) < wall).toBe(true);
            continue;
          }
          expect(shown(instant - 30 * 60_000, zone)).not.toBe(wall);
          expect(shown(instant - 60 * 60_000, zone)).not.toBe(wall);
          checked += 1;
        }
      }
    }
    // Nearly every one exists: 5 zones × 731 days × 2 times, less the gaps.
    expect(checked).toBeGreaterThan(7300);
  });
});
