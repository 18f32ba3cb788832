import {describe, expect, it} from 'vitest';

import {
  isHappening,
  nextEvent,
  splitEvents,
  type CommunityEvent,
} from './model';

function event(id: string, start: string, end: string): CommunityEvent {
  return {
    id,
    title: id,
    description: '',
    permalink: `/blog/${id}`,
    start,
    end,
    calendarPath: `/events/${id}.ics`,
    announced: '2026-01-01',
  };
}

const demo = event(
  'demo',
  '2026-12-03T14:00:00+01:00',
  '2026-12-03T15:00:00+01:00',
);
const officeHours = event(
  'office-hours',
  '2026-11-10T10:00:00+01:00',
  '2026-11-10T11:00:00+01:00',
);
const meetup = event(
  'meetup',
  '2027-01-21T16:00:00+01:00',
  '2027-01-21T18:00:00+01:00',
);
const workshop = event(
  'workshop',
  '2026-10-01T09:00:00+02:00',
  '2026-10-01T10:00:00+02:00',
);
const all = [demo, officeHours, meetup, workshop];

const ids = (events: readonly CommunityEvent[]) => events.map((e) => e.id);

describe('splitEvents', () => {
  it('lists upcoming events soonest first and past ones latest first', () => {
    const {upcoming, past} = splitEvents(all, new Date('2026-11-25T12:00:00Z'));
    expect(ids(upcoming)).toEqual(['demo', 'meetup']);
    expect(ids(past)).toEqual(['office-hours', 'workshop']);
  });

  it('keeps an event upcoming until it has ended', () => {
    const during = new Date('2026-12-03T13:30:00Z');
    expect(ids(splitEvents(all, during).upcoming)).toEqual(['demo', 'meetup']);
    expect(isHappening(demo, during)).toBe(true);
    expect(isHappening(meetup, during)).toBe(false);
    const atEnd = new Date('2026-12-03T14:00:00Z');
    expect(ids(splitEvents(all, atEnd).past)[0]).toBe('demo');
  });
});

describe('nextEvent', () => {
  it('is the soonest event that has not ended', () => {
    expect(nextEvent(all, new Date('2026-11-10T10:00:00Z'))?.id).toBe('demo');
    expect(nextEvent(all, new Date('2026-11-10T09:30:00Z'))?.id).toBe(
      'office-hours',
    );
  });

  it('is undefined when every event is over', () => {
    expect(nextEvent(all, new Date('2027-02-01T00:00:00Z'))).toBeUndefined();
  });
});
