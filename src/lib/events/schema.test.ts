import {describe, expect, it} from 'vitest';

import {parseEventFrontMatter} from './schema';

const FILE = 'blog/2026-12-03-platform-demo.md';

const valid = {
  start: '2026-12-03T14:00:00+01:00',
  end: '2026-12-03T15:00:00+01:00',
  location: 'Auditorium B, Copenhagen office',
  call_link: 'https://meet.northwind.example/platform-demo',
  signup_link: 'https://forms.northwind.example/platform-demo',
};

function messageOf(value: unknown): string {
  try {
    parseEventFrontMatter(value, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the event to be refused');
}

describe('parseEventFrontMatter', () => {
  it('accepts a complete event and keeps the times as written', () => {
    expect(parseEventFrontMatter(valid, FILE)).toEqual(valid);
  });

  it('accepts a call link without a location, and the reverse', () => {
    const {location: _location, ...online} = valid;
    const {call_link: _call, ...onSite} = valid;
    expect(parseEventFrontMatter(online, FILE).call_link).toBe(valid.call_link);
    expect(parseEventFrontMatter(onSite, FILE).location).toBe(valid.location);
  });

  it('refuses a post tagged events without an event, naming the file', () => {
    const message = messageOf(undefined);
    expect(message).toContain(FILE);
    expect(message).toContain('no "event" front matter');
  });

  it('refuses a time without an offset, naming the field', () => {
    const message = messageOf({...valid, start: '2026-12-03T14:00:00'});
    expect(message).toContain(FILE);
    expect(message).toContain(
      'event.start: must be an ISO 8601 date and time with an offset',
    );
  });

  it('refuses a YAML date object, which has lost its offset', () => {
    expect(
      messageOf({...valid, end: new Date('2026-12-03T14:00:00Z')}),
    ).toContain('event.end');
  });

  it('refuses an end before the start', () => {
    expect(messageOf({...valid, end: '2026-12-03T13:00:00+01:00'})).toContain(
      'event.end: end must be after start',
    );
  });

  it('compares instants, not the written clock times', () => {
    // 14:30 in Copenhagen is 13:30 UTC, so 14:00Z is after it.
    const event = {
      ...valid,
      start: '2026-12-03T14:30:00+01:00',
      end: '2026-12-03T14:00:00Z',
    };
    expect(parseEventFrontMatter(event, FILE).end).toBe(event.end);
  });

  it('refuses an event with neither a location nor a call link', () => {
    const {location: _l, call_link: _c, ...nowhere} = valid;
    expect(messageOf(nowhere)).toContain(
      'event.location: needs a location, a call_link, or both',
    );
  });

  it('refuses a link that is not http(s)', () => {
    expect(messageOf({...valid, signup_link: 'javascript:alert(1)'})).toContain(
      'event.signup_link: must be an http(s) URL',
    );
  });

  it('refuses unknown fields, naming them', () => {
    expect(messageOf({...valid, room: 'B'})).toContain('unknown field(s) room');
  });

  it('lists every problem at once', () => {
    const message = messageOf({start: 'tomorrow', end: 'later'});
    expect(message).toContain('event.start');
    expect(message).toContain('event.end');
  });
});
