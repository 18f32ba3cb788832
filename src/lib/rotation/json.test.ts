import {describe, expect, it} from 'vitest';

import {siteRotation} from './fixtures';
import {
  buildRotationJson,
  rotationJsonSegments,
  serialiseRotationJson,
  type RotationJson,
} from './json';
import {zonedIsoString} from './dates';
import {RotationSchedule} from './schedule';

const HOUR = 3600 * 1000;

describe('zonedIsoString', () => {
  it('writes the offset the zone has at that instant, on both sides of each DST change', () => {
    const zone = 'Europe/Copenhagen';
    // 2027-03-28 01:00 UTC the clocks jump from 02:00 to 03:00 local.
    expect(zonedIsoString(Date.parse('2027-03-28T00:59:59Z'), zone)).toBe(
      '2027-03-28T01:59:59+01:00',
    );
    expect(zonedIsoString(Date.parse('2027-03-28T01:00:00Z'), zone)).toBe(
      '2027-03-28T03:00:00+02:00',
    );
    // 2027-10-31 01:00 UTC they go back from 03:00 to 02:00: 02:xx twice.
    expect(zonedIsoString(Date.parse('2027-10-31T00:30:00Z'), zone)).toBe(
      '2027-10-31T02:30:00+02:00',
    );
    expect(zonedIsoString(Date.parse('2027-10-31T01:30:00Z'), zone)).toBe(
      '2027-10-31T02:30:00+01:00',
    );
  });

  it('handles zones behind UTC and half-hour offsets', () => {
    const instant = Date.parse('2027-01-15T12:00:00Z');
    expect(zonedIsoString(instant, 'America/St_Johns')).toBe(
      '2027-01-15T08:30:00-03:30',
    );
    expect(zonedIsoString(instant, 'Asia/Kolkata')).toBe(
      '2027-01-15T17:30:00+05:30',
    );
    expect(zonedIsoString(instant, 'UTC')).toBe('2027-01-15T12:00:00+00:00');
  });

  it('reads back as the same instant, hour by hour for two years', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const wrong: string[] = [];
    for (let t = from; t < from + 2 * 366 * 24 * HOUR; t += HOUR) {
      const text = zonedIsoString(t, 'Europe/Copenhagen');
      if (Date.parse(text) !== t) {
        wrong.push(`${new Date(t).toISOString()} written as ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('buildRotationJson', () => {
  const rotation = siteRotation();
  const schedule = new RotationSchedule(rotation);
  const shifts = schedule.shiftsBetween(
    Date.parse('2026-12-01T00:00:00Z'),
    Date.parse('2027-12-01T00:00:00Z'),
  );
  const document = buildRotationJson({
    rotation,
    shifts,
    generatedAt: new Date('2026-12-02T18:00:00.250Z'),
    pageUrl: 'https://baseplate.example/support',
    supportChannel: {name: '#support', url: 'https://chat.example/support'},
  });
  const parsed = JSON.parse(serialiseRotationJson(document)) as RotationJson;

  it('says what it is: version, zone, handoff rule, channel, page', () => {
    expect(parsed).toMatchObject({
      version: 1,
      timeZone: 'Europe/Copenhagen',
      handoff: rotation.handoff,
      seats: rotation.seats,
      generatedAt: '2026-12-02T18:00:00.250Z',
      pageUrl: 'https://baseplate.example/support',
      supportChannel: {name: '#support', url: 'https://chat.example/support'},
    });
    expect(rotationJsonSegments().join('/')).toBe('support/rotation.json');
  });

  it('has every shift, back to back, each starting at the handoff time in local time', () => {
    expect(parsed.shifts).toHaveLength(shifts.length);
    parsed.shifts.forEach((shift, i) => {
      expect(Date.parse(shift.start)).toBe(shifts[i]!.startsAt);
      expect(Date.parse(shift.end)).toBe(shifts[i]!.endsAt);
      expect(shift.start.slice(0, 10)).toBe(shifts[i]!.start);
      expect(shift.start.slice(11, 16)).toBe(rotation.handoff.time);
      if (i > 0) {
        expect(shift.start).toBe(parsed.shifts[i - 1]!.end);
      }
    });
    // Winter and summer shifts carry their own offsets.
    expect(parsed.shifts[0]!.start).toMatch(/\+01:00$/);
    expect(
      parsed.shifts.find((s) => s.start.startsWith('2027-07-05'))!.start,
    ).toBe('2027-07-05T09:00:00+02:00');
  });

  it('names each seat with what /support already shows, and nothing else', () => {
    const people = new Map(rotation.engineers.map((e) => [e.id, e]));
    parsed.shifts.forEach((shift, i) => {
      expect(shift.seats.map((s) => s.seat)).toEqual(rotation.seats);
      shift.seats.forEach((seat, s) => {
        const person = people.get(shifts[i]!.seats[s]!.engineer)!;
        expect(seat).toMatchObject({
          engineer: person.id,
          name: person.name,
          chat: person.chat,
          github: person.github,
        });
        const allowed = ['seat', 'engineer', 'name', 'chat', 'github'];
        if (shifts[i]!.seats[s]!.override) {
          allowed.push('replaces', 'reason');
        }
        expect(Object.keys(seat).every((key) => allowed.includes(key))).toBe(
          true,
        );
      });
    });
  });

  it('keeps overrides and holidays', () => {
    const swapped = parsed.shifts.find((s) =>
      s.start.startsWith('2027-06-28'),
    )!;
    const secondary = swapped.seats.find((s) => s.seat === 'secondary')!;
    expect(secondary.engineer).toBe('mateo');
    expect(secondary.replaces).toBe('kwame');
    expect(secondary.reason).toMatch(/conference/);
    const christmas = parsed.shifts.find((s) =>
      s.start.startsWith('2026-12-21'),
    )!;
    expect(christmas.holidays.map((h) => h.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('refuses a seat held by someone not on the roster', () => {
    expect(() =>
      buildRotationJson({
        rotation: {...rotation, engineers: rotation.engineers.slice(1)},
        shifts,
        generatedAt: new Date(),
        pageUrl: 'https://baseplate.example/support',
        supportChannel: {name: '#s', url: 'https://chat.example/s'},
      }),
    ).toThrow(/no such engineer/);
  });
});
