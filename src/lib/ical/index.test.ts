import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';

import {calendarUid, createCalendar, writeCalendar} from '.';

describe('calendarUid', () => {
  it('joins the kind and the encoded parts, at the host of the site', () => {
    expect(
      calendarUid(
        'support',
        ['2027-06-14', 'primary', 'inês'],
        'https://baseplate.example/support',
      ),
    ).toBe('support-2027-06-14-primary-in%C3%AAs@baseplate.example');
  });

  it('leaves the port out, so a local build and the site agree', () => {
    expect(calendarUid('event', ['demo'], 'http://localhost:3000/')).toBe(
      'event-demo@localhost',
    );
  });
});

describe('writeCalendar', () => {
  const calendar = createCalendar({name: 'Test'});
  calendar.createEvent({
    id: calendarUid('event', ['demo'], 'https://baseplate.example'),
    start: new Date('2027-01-14T09:00:00Z'),
    end: new Date('2027-01-14T10:00:00Z'),
    stamp: new Date('2026-12-20T00:00:00Z'),
    summary: 'Demo',
  });
  const text = writeCalendar(calendar);

  it('ends every line with CRLF, the last one too (RFC 5545 3.1)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.slice(0, -2).split('\r\n').every(Boolean)).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('is the same text from build to build and parses back', () => {
    expect(writeCalendar(calendar)).toBe(text);
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(
      parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid'),
    ).toBe('event-demo@baseplate.example');
  });
});
