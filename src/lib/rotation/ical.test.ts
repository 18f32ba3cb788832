/**
 * The feeds, read back by an independent parser (ical.js) and checked line by
 * line against RFC 5545: CRLF line endings, lines folded at 75 octets, UTC
 * times, a DTSTAMP and a stable UID on every event.
 */
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';

import {siteRotation} from './fixtures';
import {buildFeed, eventUid} from './ical';
import {RotationSchedule} from './schedule';

const rotation = siteRotation();
const schedule = new RotationSchedule(rotation);
const generatedAt = new Date('2027-06-01T10:00:00Z');
const shifts = schedule.shiftsBetween(
  Date.UTC(2027, 5, 1),
  Date.UTC(2027, 7, 1),
);
const common = {
  rotation,
  shifts,
  generatedAt,
  pageUrl: 'https://baseplate.example/support',
  organisation: 'Northwind Logistics',
  platformName: 'Baseplate',
  supportChannel: {
    name: '#baseplate-support',
    url: 'https://chat.example/channels/baseplate-support',
  },
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
    };
  });
}

describe('the team feed', () => {
  const text = buildFeed(common);

  it('is a VCALENDAR that ical.js parses, with one event per seat per shift', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Northwind Logistics//Baseplate support rotation//EN',
    );
    expect(shifts.length).toBe(9);
    expect(events(text)).toHaveLength(shifts.length * 2);
  });

  it('names the seat and the engineer, in UTC, with a DTSTAMP', () => {
    const all = events(text);
    const june14 = all.filter((e) => e.uid.startsWith('support-2027-06-14-'));
    const shift = shifts.find((s) => s.start === '2027-06-14')!;
    const names = new Map(rotation.engineers.map((e) => [e.id, e.name]));
    expect(june14.map((e) => e.summary)).toEqual(
      shift.seats.map((s) => `Support ${s.seat}: ${names.get(s.engineer)}`),
    );
    for (const event of june14) {
      // 09:00 in Copenhagen in summer is 07:00 UTC.
      expect(event.start.toString()).toBe('2027-06-14T07:00:00Z');
      expect(event.end.toString()).toBe('2027-06-21T07:00:00Z');
      expect(event.start.zone?.tzid).toBe('UTC');
      expect(event.stamp.toJSDate().toISOString()).toBe(
        generatedAt.toISOString(),
      );
    }
  });

  it('carries the swap into the seat it changes', () => {
    const swapped = events(text).find(
      (e) => e.uid === 'support-2027-06-28-secondary@baseplate.example',
    )!;
    expect(swapped.summary).toBe('Support secondary: Mateo García');
    expect(swapped.description).toContain(
      'Changed from Kwame Mensah: Swapped with Kwame, who is at a conference that week',
    );
  });

  it('gives every event its own UID, the same in every build', () => {
    const uids = events(text).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = buildFeed({
      ...common,
      generatedAt: new Date('2027-06-20T00:00:00Z'),
      shifts: schedule.shiftsBetween(
        Date.UTC(2027, 5, 15),
        Date.UTC(2027, 8, 1),
      ),
    });
    const laterUids = new Set(events(later).map((e) => e.uid));
    const shared = uids.filter((uid) => laterUids.has(uid));
    expect(shared.length).toBeGreaterThan(10);
    expect(uids[0]).toBe(eventUid(shifts[0]!, 'primary', common.pageUrl));
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    // Names with accents are folded by octets, not characters, and survive.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(
      events(text)
        .map((e) => e.description)
        .join('\n'),
    ).toContain('Inês Carvalho');
  });

  it('crosses the October DST change with a 169-hour event', () => {
    const autumn = schedule.shiftsBetween(
      Date.UTC(2026, 9, 20),
      Date.UTC(2026, 9, 21),
    );
    const [event] = events(buildFeed({...common, shifts: autumn}));
    expect(event!.start.toString()).toBe('2026-10-19T07:00:00Z');
    expect(event!.end.toString()).toBe('2026-10-26T08:00:00Z');
  });
});

describe("an engineer's feed", () => {
  it('holds exactly the seats that engineer sits', () => {
    for (const {id, name} of rotation.engineers) {
      const mine = events(buildFeed({...common, engineer: id}));
      const expected = shifts.flatMap((shift) =>
        shift.seats
          .filter((seat) => seat.engineer === id)
          .map((seat) => `${shift.start}/${seat.seat}`),
      );
      expect(
        mine.map((e) => `${e.start.toJSDate().toISOString().slice(0, 10)}`),
      ).toHaveLength(expected.length);
      for (const event of mine) {
        expect(event.summary).toMatch(
          new RegExp(`^Support (primary|secondary): ${name}$`),
        );
        expect(event.uid).toMatch(new RegExp(`-${id}@baseplate\\.example$`));
      }
    }
  });

  it('refuses an engineer who is not on the roster', () => {
    expect(() => buildFeed({...common, engineer: 'nobody'})).toThrow(
      /No engineer "nobody"/,
    );
  });
});
