import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';

import {eventUid, toCalendar, type CalendarOptions} from './calendar';
import type {CommunityEvent} from './model';

const options: CalendarOptions = {
  name: 'Baseplate events',
  siteUrl: 'https://baseplate.northwind.example',
  company: 'Northwind Logistics',
  product: 'Baseplate',
};

const demo: CommunityEvent = {
  id: 'platform-demo',
  title: 'Platform demo: secrets, quotas and the new ingress',
  // Commas, semicolons and a long text: escaping and line folding.
  description:
    'Forty minutes of live demo, ten of questions; bring your own namespace, your manifests and your hardest question about certificates, DNS or quotas.',
  permalink: '/blog/platform-demo',
  start: '2026-12-03T14:00:00+01:00',
  end: '2026-12-03T15:00:00+01:00',
  location: 'Auditorium B, Copenhagen office',
  callLink: 'https://meet.northwind.example/platform-demo',
  signupLink: 'https://forms.northwind.example/platform-demo',
  calendarPath: '/events/platform-demo.ics',
  announced: '2026-11-12',
};

const officeHours: CommunityEvent = {
  id: 'office-hours-january',
  title: 'Office hours',
  description: 'Bring questions.',
  permalink: '/blog/office-hours-january',
  start: '2027-01-14T10:00:00+01:00',
  end: '2027-01-14T11:00:00+01:00',
  callLink: 'https://meet.northwind.example/office-hours',
  calendarPath: '/events/office-hours-january.ics',
  announced: '2026-12-20',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar
      .getAllSubcomponents('vevent')
      .map((component) => ({component, event: new ICAL.Event(component)})),
  };
}

describe('toCalendar', () => {
  const text = toCalendar([officeHours, demo], options);

  it('is parsed back by an independent iCalendar parser', () => {
    const {calendar, events} = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Baseplate');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(2);
  });

  it('keeps the instants, titles, places and texts of the events', () => {
    const [first, second] = parse(text).events.map(({event}) => event);
    // Soonest first.
    expect(first!.summary).toBe(demo.title);
    expect(first!.startDate.toJSDate().getTime()).toBe(Date.parse(demo.start));
    expect(first!.endDate.toJSDate().getTime()).toBe(Date.parse(demo.end));
    expect(first!.location).toBe(demo.location);
    expect(first!.description).toContain(demo.description);
    expect(first!.description).toContain(`Join the call: ${demo.callLink}`);
    expect(first!.description).toContain(`Sign up: ${demo.signupLink}`);
    expect(first!.description).toContain(
      'Details: https://baseplate.northwind.example/blog/platform-demo',
    );
    // Without a location, the call link is where the event takes place.
    expect(second!.location).toBe(officeHours.callLink);
  });

  it('gives each event a UID derived from its slug and the site host', () => {
    const uids = parse(text).events.map(({event}) => event.uid);
    expect(uids).toEqual([
      'event-platform-demo@baseplate.northwind.example',
      'event-office-hours-january@baseplate.northwind.example',
    ]);
    expect(eventUid(demo, options.siteUrl)).toBe(uids[0]);
  });

  it('is the same text on every build (DTSTAMP from the post date)', () => {
    expect(toCalendar([demo, officeHours], options)).toBe(text);
    const [first] = parse(text).events;
    expect(first!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-11-12T00:00:00Z',
    );
  });

  it('ends lines with CRLF and folds them at 75 octets (RFC 5545 3.1)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    // The long description had to be folded onto continuation lines.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('writes an empty but valid calendar when there are no events', () => {
    const {calendar, events} = parse(toCalendar([], options));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});
