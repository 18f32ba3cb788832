/**
 * Calendar dates as the knowledge base writes them (`YYYY-MM-DD`), shared by
 * the entry check (build time) and the pages (in the reader's browser, so a
 * build from months ago still marks the answers that have gone stale since).
 */

import {MS_PER_DAY, parseIsoDate} from '../calendarDate';

/** An answer last verified longer ago than this may be stale. */
export const STALE_AFTER_DAYS = 180;

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
  const day = parseIsoDate(isoDate);
  if (day === undefined) {
    throw new Error(`"${isoDate}" is not a YYYY-MM-DD date`);
  }
  return Math.floor(now.getTime() / MS_PER_DAY) - day;
}

/** True when the answer was last verified more than STALE_AFTER_DAYS days before `now`. */
export function isStale(
  lastVerified: string,
  now: Date,
  staleAfterDays: number = STALE_AFTER_DAYS,
): boolean {
  return daysSince(lastVerified, now) > staleAfterDays;
}
