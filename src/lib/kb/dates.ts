/**
 * Calendar dates as the knowledge base writes them (`YYYY-MM-DD`), shared by
 * the entry check (build time) and the pages (in the reader's browser, so a
 * build from months ago still marks the answers that have gone stale since).
 */

/** An answer last verified longer ago than this may be stale. */
export const STALE_AFTER_DAYS = 180;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch at UTC midnight of a real `YYYY-MM-DD` date, else undefined. */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March 2; a real date survives the round trip.
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? time
    : undefined;
}

/** `YYYY-MM-DD` of a moment, in UTC. */
export function toIsoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a moment on the calendar of the given time zone (e.g. the author's). */
export function localIsoDate(moment: Date, timeZone?: string): string {
  // The Swedish locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

/**
 * Front matter dates reach the site as strings (`2026-10-14`) or, where a YAML
 * parser turned them into timestamps, as Date objects or ISO timestamps.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : toIsoDate(value);
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    return parseIsoDate(day) === undefined ? undefined : day;
  }
  return undefined;
}

/** Whole days from a `YYYY-MM-DD` date to a moment (negative if the date is later). */
export function daysSince(isoDate: string, now: Date): number {
  const time = parseIsoDate(isoDate);
  if (time === undefined) {
    throw new Error(`"${isoDate}" is not a YYYY-MM-DD date`);
  }
  return Math.floor((now.getTime() - time) / DAY_MS);
}

/** True when the answer was last verified more than STALE_AFTER_DAYS days before `now`. */
export function isStale(
  lastVerified: string,
  now: Date,
  staleAfterDays: number = STALE_AFTER_DAYS,
): boolean {
  return daysSince(lastVerified, now) > staleAfterDays;
}
