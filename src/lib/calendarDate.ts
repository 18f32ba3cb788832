/**
 * The site's one date module for calendar dates (`2026-10-14`) and months
 * (`2026-10`): reading them (`parseIsoDate`, to a day number that the support
 * rotation counts in and the knowledge base measures staleness with) and
 * writing them. It runs in the reader's browser too, so it imports nothing.
 *
 * Dates are written in British English, as
 * `Intl.DateTimeFormat('en-GB', {timeZone: 'UTC'})` writes them, without Intl:
 *
 * - the first Intl.DateTimeFormat a page creates loads the browser's ICU date
 *   data: 80–100 ms of main thread in Lighthouse's mobile emulation, measured,
 *   on every knowledge-base page and the home page, for a date that is known
 *   at build time;
 * - the server (Node's ICU) and the reader's browser (Chromium's) must print
 *   the same text, or hydration fails; a table cannot drift between versions.
 *
 * Times, weekdays and time zones (events, the support rotation) still use Intl.
 */

/** Days since 1970-01-01. */
export type DayNumber = number;

export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-30` → its day number, or `undefined` for anything that is not a real date. */
export function parseIsoDate(value: string): DayNumber | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March 2 (and years below 100 into the
  // 1900s); a real date survives the round trip.
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? ms / MS_PER_DAY
    : undefined;
}

/** A day number → `2026-03-30`. */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export type MonthStyle = 'short' | 'long';

const MONTHS: Record<MonthStyle, readonly string[]> = {
  long: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // CLDR's British abbreviations: four letters for September.
  short: [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
  ],
};

const CALENDAR = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function parts(
  value: string,
): {year: string; month: number; day?: number} | undefined {
  const match = CALENDAR.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    return undefined;
  }
  return {
    year: match[1]!,
    month,
    day: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/** `2026-10-14` → `14 Oct 2026` (`14 October 2026` when long); anything else as it is. */
export function formatCalendarDate(
  isoDate: string,
  style: MonthStyle = 'short',
): string {
  const date = parts(isoDate);
  if (date?.day === undefined) {
    return isoDate;
  }
  return `${date.day} ${MONTHS[style][date.month - 1]} ${date.year}`;
}

/** `2026-10` → `Oct 2026` (`October 2026` when long); anything else as it is. */
export function formatCalendarMonth(
  isoMonth: string,
  style: MonthStyle = 'short',
): string {
  const month = parts(isoMonth);
  if (!month || month.day !== undefined) {
    return isoMonth;
  }
  return `${MONTHS[style][month.month - 1]} ${month.year}`;
}
