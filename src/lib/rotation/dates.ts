/**
 * Calendar dates and wall-clock times in a time zone, for the support
 * rotation. A date (`2026-03-30`) is a day in the rotation's zone with no time
 * attached; it is handled as a whole number of days so that adding a week is
 * adding 7, whatever daylight saving does. Only turning a date and a
 * wall-clock time into an instant (and back) needs the zone's rules, and that
 * is left to @date-fns/tz.
 */
import {TZDate} from '@date-fns/tz';

/** Days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
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

/** `2026-03-30` → its day number, or `undefined` for anything that is not a real date. */
export function parseIsoDate(value: string): DayNumber | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** Like {@link parseIsoDate}, for dates already validated. */
export function dayNumber(value: string): DayNumber {
  const day = parseIsoDate(value);
  if (day === undefined) {
    throw new Error(`"${value}" is not a date in the form YYYY-MM-DD.`);
  }
  return day;
}

export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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

/**
 * The instant (ms since the epoch) at which the clocks in `timeZone` show
 * `time` on `day`. A time that does not exist that day (inside a spring-forward
 * gap) moves forward by the gap, as the clocks do.
 */
export function zonedInstant(
  day: DayNumber,
  time: WallTime,
  timeZone: string,
): number {
  const {year, month, day: dayOfMonth} = dateParts(day);
  return new TZDate(
    year,
    month - 1,
    dayOfMonth,
    time.hour,
    time.minute,
    timeZone,
  ).getTime();
}

/** The date the clocks in `timeZone` show at `instant`. */
export function zonedDay(instant: number, timeZone: string): DayNumber {
  const date = new TZDate(instant, timeZone);
  return fromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
