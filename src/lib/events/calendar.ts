/**
 * iCalendar (RFC 5545) files for community events: the feed of every event
 * and one file per event for "add to calendar". The site's iCalendar module
 * (../ical, over ical-generator) writes the text (CRLF line ends, lines
 * folded at 75 octets, escaping, UIDs); this module decides what goes in it. Output is stable from build to build: UIDs come
 * from the post slugs, DTSTAMP from the post dates.
 */
import {ICalCalendarMethod} from 'ical-generator';

import {calendarUid, createCalendar, writeCalendar} from '../ical';

import type {CommunityEvent} from './model';

export interface CalendarOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  readonly name: string;
  /** Public origin of the site, e.g. https://baseplate.northwind.example. */
  readonly siteUrl: string;
  /** PRODID parts: the organisation and the product. */
  readonly company: string;
  readonly product: string;
}

/** A UID that stays the same as long as the post's slug does. */
export function eventUid(event: CommunityEvent, siteUrl: string): string {
  return calendarUid('event', [event.id], siteUrl);
}

function describe(event: CommunityEvent, postUrl: string): string {
  return [
    event.description,
    event.callLink && `Join the call: ${event.callLink}`,
    event.signupLink && `Sign up: ${event.signupLink}`,
    `Details: ${postUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** An iCalendar document holding `events`, soonest first. */
export function toCalendar(
  events: readonly CommunityEvent[],
  options: CalendarOptions,
): string {
  const calendar = createCalendar({
    name: options.name,
    prodId: {company: options.company, product: options.product},
    method: ICalCalendarMethod.PUBLISH,
  });
  const sorted = [...events].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
  for (const event of sorted) {
    const postUrl = new URL(event.permalink, options.siteUrl).href;
    calendar.createEvent({
      id: eventUid(event, options.siteUrl),
      stamp: new Date(`${event.announced}T00:00:00Z`),
      start: new Date(event.start),
      end: new Date(event.end),
      summary: event.title,
      description: describe(event, postUrl),
      location: event.location ?? event.callLink ?? null,
      url: postUrl,
    });
  }
  return writeCalendar(calendar);
}
