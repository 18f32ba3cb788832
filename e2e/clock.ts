/**
 * The clocks the end-to-end suite reads. The build's clock is the DTSTAMP of
 * the rotation feed it wrote (SOURCE_DATE_EPOCH when set, which `npm test`
 * sets to the last commit's time); every test that depends on "today" sets
 * the browser's clock from it, so the suite checks the same moments on
 * whatever day it runs.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import {site} from '../src/data/site';
import {
  dateParts,
  fromParts,
  isoDate,
  zonedDay,
  zonedInstant,
} from '../src/lib/rotation/dates';
import {BUILD_DIR} from '../scripts/lib/sitemap';

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** When the build ran, as the feed it wrote says (ms since the epoch). */
export function buildTime(buildDir: string = BUILD_DIR): number {
  const feed = readFileSync(join(buildDir, 'support', 'rotation.ics'), 'utf8');
  const stamp =
    /^DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r?$/m.exec(feed);
  if (!stamp) {
    throw new Error(
      `${buildDir}/support/rotation.ics has no DTSTAMP: rebuild the site (npm run build).`,
    );
  }
  const [year, month, day, hour, minute, second] = stamp
    .slice(1)
    .map(Number) as [number, number, number, number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The instant the site's clocks (its time zone) show the given wall time. */
export function siteTime(
  year: number,
  month: number,
  day: number,
  hour = 12,
  minute = 0,
): number {
  return zonedInstant(
    fromParts(year, month, day),
    {hour, minute},
    site.timeZone,
  );
}

function siteYear(instant: number): number {
  return dateParts(zonedDay(instant, site.timeZone)).year;
}

/** Last Sunday of a month (EU daylight-saving changes happen on it). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let day = last; ; day--) {
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === 0) {
      return day;
    }
  }
}

export interface EdgeMoment {
  readonly name: string;
  readonly instant: number;
}

/**
 * The moments where date logic breaks first, the next ones after `from`, in
 * the site's time zone: a month's last and first day, the turn of the year,
 * both daylight-saving changes (Europe/Copenhagen: last Sunday of March and
 * of October), a leap day, and the minutes around a Monday 09:00 handoff.
 */
export function edgeMoments(from: number): EdgeMoment[] {
  const year = siteYear(from) + 1;
  let leapYear = year;
  while (!(
    leapYear % 4 === 0 &&
    (leapYear % 100 !== 0 || leapYear % 400 === 0)
  )) {
    leapYear++;
  }
  const march = lastSunday(year, 3);
  const october = lastSunday(year, 10);
  // The first Monday in June of that year, for the handoff.
  let monday = 1;
  while (new Date(Date.UTC(year, 5, monday)).getUTCDay() !== 1) {
    monday++;
  }
  return [
    {name: 'the last evening of April', instant: siteTime(year, 4, 30, 23, 30)},
    {name: 'the first minutes of May', instant: siteTime(year, 5, 1, 0, 15)},
    {name: "New Year's Eve, 23:45", instant: siteTime(year, 12, 31, 23, 45)},
    {name: "New Year's Day, 00:15", instant: siteTime(year + 1, 1, 1, 0, 15)},
    // 02:00 → 03:00: 03:15 is a quarter of an hour after the change.
    {name: 'the spring DST change', instant: siteTime(year, 3, march, 3, 15)},
    // 03:00 → 02:00: 01:00 UTC is the second 02:00.
    {
      name: 'the autumn DST change',
      instant: Date.UTC(year, 9, october, 1, 15),
    },
    {name: 'a leap day', instant: siteTime(leapYear, 2, 29, 12, 0)},
    {
      name: 'a minute before a handoff',
      instant: siteTime(year, 6, monday, 8, 59),
    },
    {name: 'the minute of a handoff', instant: siteTime(year, 6, monday, 9, 0)},
  ];
}

/** `YYYY-MM-DD` and `YYYY-MM` of an instant on the site's clocks. */
export function siteDate(instant: number): {date: string; month: string} {
  const date = isoDate(zonedDay(instant, site.timeZone));
  return {date, month: date.slice(0, 7)};
}
