/**
 * iCalendar (RFC 5545) feeds of the support rotation, written with the
 * site's iCalendar module (../ical): one event per seat of each shift, in UTC
 * (so no VTIMEZONE is needed), with a UID that stays the same for a seat of a
 * shift so that calendar apps update an event instead of adding a second one.
 * Build-time only: the page does not import this module.
 */
import {ICalCalendarMethod, ICalEventTransparency} from 'ical-generator';

import {calendarUid, createCalendar, writeCalendar} from '../ical';
import {capitalise} from '../text';
import type {Shift} from './schedule';
import type {Rotation} from './types';

export interface FeedOptions {
  readonly rotation: Rotation;
  readonly shifts: readonly Shift[];
  /** Only this engineer's seats; the whole rotation when undefined. */
  readonly engineer?: string;
  /** When the feed was generated (DTSTAMP). */
  readonly generatedAt: Date;
  /** The support page, linked from every event; its host makes the UIDs unique. */
  readonly pageUrl: string;
  readonly organisation: string;
  readonly platformName: string;
  readonly supportChannel: {readonly name: string; readonly url: string};
}

/** `support-2026-03-30-primary@baseplate.example`, plus the engineer in personal feeds. */
export function eventUid(
  shift: Shift,
  seat: string,
  siteUrl: string,
  engineer?: string,
): string {
  const parts = [shift.start, seat, ...(engineer ? [engineer] : [])];
  return calendarUid('support', parts, siteUrl);
}

export function buildFeed(options: FeedOptions): string {
  const {rotation, engineer} = options;
  const people = new Map(rotation.engineers.map((e) => [e.id, e]));
  const person = engineer ? people.get(engineer) : undefined;
  if (engineer && !person) {
    throw new Error(`No engineer "${engineer}" on the roster.`);
  }
  const calendar = createCalendar({
    name: person
      ? `${options.platformName} support: ${person.name}`
      : `${options.platformName} support rotation`,
    description: person
      ? `${person.name}'s support shifts for ${options.platformName}, ${options.organisation}.`
      : `Who is on support for ${options.platformName} each week. Ask in ${options.supportChannel.name}, never in a direct message.`,
    prodId: {
      company: options.organisation,
      product: `${options.platformName} support rotation`,
      language: 'EN',
    },
    method: ICalCalendarMethod.PUBLISH,
    url: options.pageUrl,
    // Calendar apps that honour it refresh the subscription daily.
    ttl: 60 * 60 * 24,
  });

  for (const shift of options.shifts) {
    const crew = shift.seats
      .map((s) => {
        const who = people.get(s.engineer);
        return `${capitalise(s.seat)}: ${who?.name ?? s.engineer} (${who?.chat ?? ''})`;
      })
      .join('\n');
    for (const seat of shift.seats) {
      if (engineer && seat.engineer !== engineer) {
        continue;
      }
      const who = people.get(seat.engineer);
      const lines = [
        crew,
        `From ${shift.start} ${rotation.handoff.time} to ${shift.end} ${rotation.handoff.time} (${rotation.timeZone}).`,
        `Support channel: ${options.supportChannel.name} ${options.supportChannel.url}`,
        ...(shift.holidays.length > 0
          ? [
              `Holidays: ${shift.holidays.map((h) => `${h.name} (${h.date})`).join(', ')}.`,
            ]
          : []),
        ...(seat.override
          ? [
              `Changed from ${people.get(seat.scheduled)?.name ?? seat.scheduled}${seat.override.reason ? `: ${seat.override.reason}` : '.'}`,
            ]
          : []),
        options.pageUrl,
      ];
      calendar.createEvent({
        id: eventUid(shift, seat.seat, options.pageUrl, engineer),
        start: new Date(shift.startsAt),
        end: new Date(shift.endsAt),
        stamp: options.generatedAt,
        summary: `Support ${seat.seat}: ${who?.name ?? seat.engineer}`,
        description: lines.join('\n'),
        url: options.pageUrl,
        // A support week does not make anyone busy in other people's calendars.
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return writeCalendar(calendar);
}
