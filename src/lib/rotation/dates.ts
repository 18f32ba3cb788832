/**
 * Calendar dates and wall-clock times in a time zone, for the support
 * rotation. A date (`2026-03-30`) is a day in the rotation's zone with no time
 * attached; it is handled as a whole number of days so that adding a week is
 * adding 7, whatever daylight saving does. Only turning a date and a
 * wall-clock time into an instant (and back) needs the zone's rules, and that
 * is left to the runtime's Intl time-zone data. No Date subclass is involved:
 * a page whose clock is faked (Playwright's clock, Sinon's fake timers) gets
 * plain Date objects from `new` and would lose a subclass's methods.
 */

import {
  isoDate,
  MS_PER_DAY,
  parseIsoDate,
  type DayNumber,
} from '../calendarDate';

// Calendar dates are read and written by the site's date module; the rotation
// code imports them from here, beside the zone arithmetic built on them.
export {isoDate, parseIsoDate, type DayNumber};

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Like {@link parseIsoDate}, for dates already validated. */
export function dayNumber(value: string): DayNumber {
  const day = parseIsoDate(value);
  if (day === undefined) {
    throw new Error(`"${value}" is not a date in the form YYYY-MM-DD.`);
  }
  return day;
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekdayIndex(day: DayNumber): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayName(day: DayNumber): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/** `{year, month: 1-12, day}` of a day number. */
export function dateParts(day: DayNumber): {
  year: number;
  month: number;
  day: number;
} {
  const date = new Date(day * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

export function fromParts(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export interface WallTime {
  readonly hour: number;
  readonly minute: number;
}

/** `09:00` → `{hour: 9, minute: 0}`, or `undefined` if it is not a 24-hour time. */
export function parseWallTime(value: string): WallTime | undefined {
  const match = WALL_TIME.exec(value);
  return match ? {hour: Number(match[1]), minute: Number(match[2])} : undefined;
}

/** Whether the runtime knows this IANA time zone (`Europe/Copenhagen`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', {timeZone});
    return true;
  } catch {
    return false;
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `instant`, to the second. */
function wallClock(
  instant: number,
  timeZone: string,
): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return {
    // Years before 1 AD would need the era; the rotation never gets there.
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far the clocks of `timeZone` are ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * `instant` as the clocks of `timeZone` show it, with their offset:
 * `2026-12-07T09:00:00+01:00` (seconds kept, milliseconds dropped).
 */
export function zonedIsoString(instant: number, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const offsetMinutes = Math.round(offsetAt(instant, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant (ms since the epoch) at which the clocks in `timeZone` show
 * `time` on `day`. A time that does not exist that day (inside a spring-forward
 * gap) moves forward by the gap, as the clocks do; a time that exists twice
 * (the hour repeated in autumn) is the first of the two.
 */
export function zonedInstant(
  day: DayNumber,
  time: WallTime,
  timeZone: string,
): number {
  const {year, month, day: dayOfMonth} = dateParts(day);
  const wall = Date.UTC(year, month - 1, dayOfMonth, time.hour, time.minute);
  // A zone changes its offset at most once within a day either side.
  const before = offsetAt(wall - MS_PER_DAY, timeZone);
  const after = offsetAt(wall + MS_PER_DAY, timeZone);
  if (before === after) {
    // No change near this day (nearly every day): one instant shows `time`.
    return wall - before;
  }
  const fits = [wall - before, wall - after]
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  // In a gap no instant fits: the offset before the change carries the wall
  // time past it, by the length of the gap.
  return fits[0] ?? wall - before;
}

/** The date the clocks in `timeZone` show at `instant`. */
export function zonedDay(instant: number, timeZone: string): DayNumber {
  const {year, month, day} = wallClock(instant, timeZone);
  return fromParts(year, month, day);
}
