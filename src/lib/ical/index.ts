/**
 * The one iCalendar (RFC 5545) writer of the site, over ical-generator: both
 * feeds (the support rotation and the community events) build their calendar
 * here, so they share one UID rule and one line-ending rule. Each feed keeps
 * its own content (summaries, descriptions) in its own module. Build-time
 * only: no page imports this module.
 */
import ical, {type ICalCalendar, type ICalCalendarData} from 'ical-generator';

/**
 * A UID that stays the same from build to build as long as `parts` do, so
 * calendar apps update an event instead of adding a second one:
 * `<kind>-<part>-<part>@<host of siteUrl>`, each part URI-encoded.
 */
export function calendarUid(
  kind: string,
  parts: readonly string[],
  siteUrl: string,
): string {
  const id = [kind, ...parts.map(encodeURIComponent)].join('-');
  return `${id}@${new URL(siteUrl).hostname}`;
}

/** A new calendar; fill it with `createEvent`, then write it with `writeCalendar`. */
export function createCalendar(data: ICalCalendarData): ICalCalendar {
  return ical(data);
}

/**
 * The calendar's text. Every content line ends in CRLF, the last one too
 * (RFC 5545 3.1, 3.4); ical-generator leaves the final one out.
 */
export function writeCalendar(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}
