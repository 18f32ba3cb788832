import {describe, expect, it} from 'vitest';

import {siteRotation} from './fixtures';
import {
  dueMessages,
  EMPTY_STATE,
  markSent,
  parseState,
  pruneState,
  REMINDER_LEAD_MS,
  serialiseState,
  STATE_KEEP_MS,
  wasSent,
  type DueMessage,
  type HandoffState,
} from './handoff';
import {RotationSchedule} from './schedule';

const HOUR = 3600 * 1000;
const rotation = siteRotation();
const schedule = new RotationSchedule(rotation);
const context = {
  pageUrl: 'https://baseplate.example/support',
  supportChannel: {
    name: '#support',
    url: 'https://chat.example/channels/support',
  },
};
const people = new Map(rotation.engineers.map((e) => [e.id, e]));

/** What the clocks in Copenhagen show: `Monday 09:00`. */
function copenhagen(instant: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** An hourly job at :07 from `from` to `to`, keeping its state: what it sent, and when. */
function simulate(from: number, to: number, step = HOUR) {
  let state: HandoffState = EMPTY_STATE;
  const sent: {id: string; at: number; message: DueMessage}[] = [];
  for (let now = from; now < to; now += step) {
    for (const message of dueMessages(schedule, now, context)) {
      if (!wasSent(state, message.id)) {
        state = pruneState(markSent(state, message.id, now), now);
        sent.push({id: message.id, at: now, message});
      }
    }
  }
  return {sent, state};
}

describe('dueMessages', () => {
  it('has an hourly job announce each handoff once, within the hour after it, across both DST changes of 2027', () => {
    const from = Date.parse('2027-03-01T00:07:00Z');
    const to = Date.parse('2027-11-30T00:07:00Z');
    const {sent} = simulate(from, to);
    const handoffs = sent.filter((s) => s.message.kind === 'handoff');
    const reminders = sent.filter((s) => s.message.kind === 'reminder');
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    // The first run is at 01:07 on a Monday, before the handoff: it
    // announces the running shift and reminds the next pair, both late.
    expect(copenhagen(from)).toBe('Monday 01:07');
    expect(handoffs[0]!.at).toBe(from);
    expect(reminders[0]!.at).toBe(from);
    for (const {message, at} of handoffs.slice(1)) {
      expect(copenhagen(message.shift.startsAt)).toBe('Monday 09:00');
      expect(at - message.shift.startsAt).toBeGreaterThanOrEqual(0);
      expect(at - message.shift.startsAt).toBeLessThan(HOUR);
    }
    for (const {message, at} of reminders.slice(1)) {
      const before = message.shift.startsAt - at;
      expect(before).toBeGreaterThan(REMINDER_LEAD_MS - HOUR);
      expect(before).toBeLessThanOrEqual(REMINDER_LEAD_MS);
    }
    // Every Monday from 1 March to 29 November 2027: 40 shifts.
    expect(handoffs.slice(1)).toHaveLength(40);
    expect(reminders.map((r) => r.message.shift.startsAt)).toEqual(
      handoffs.slice(1).map((h) => h.message.shift.startsAt),
    );
  });

  it('moves with daylight saving: 08:00 UTC in winter, 07:00 UTC in summer', () => {
    const starts = (from: string, to: string) =>
      simulate(Date.parse(from), Date.parse(to), 15 * 60 * 1000)
        .sent.filter((s) => s.message.kind === 'handoff')
        .slice(1)
        .map((s) => [s.id, new Date(s.message.shift.startsAt).toISOString()]);
    // Clocks go forward on Sunday 28 March 2027 and back on Sunday 31 October.
    expect(starts('2027-03-21T12:00:00Z', '2027-04-01T00:00:00Z')).toEqual([
      ['handoff:2027-03-22T09:00:00+01:00', '2027-03-22T08:00:00.000Z'],
      ['handoff:2027-03-29T09:00:00+02:00', '2027-03-29T07:00:00.000Z'],
    ]);
    expect(starts('2027-10-24T12:00:00Z', '2027-11-04T00:00:00Z')).toEqual([
      ['handoff:2027-10-25T09:00:00+02:00', '2027-10-25T07:00:00.000Z'],
      ['handoff:2027-11-01T09:00:00+01:00', '2027-11-01T08:00:00.000Z'],
    ]);
  });

  it('is not due a minute before the handoff, and is due from the handoff to the end of the shift', () => {
    const monday = Date.parse('2027-03-29T07:00:00Z');
    const ids = (t: number) =>
      dueMessages(schedule, t, context).map((m) => m.id);
    expect(ids(monday - 60_000)).toEqual([
      'handoff:2027-03-22T09:00:00+01:00',
      'reminder:2027-03-29T09:00:00+02:00',
    ]);
    expect(ids(monday)).toEqual(['handoff:2027-03-29T09:00:00+02:00']);
    // Five hours late, and days late: still the running shift, once.
    expect(ids(monday + 5 * HOUR)).toEqual([
      'handoff:2027-03-29T09:00:00+02:00',
    ]);
    expect(ids(monday + 6 * 24 * HOUR)).toEqual([
      'handoff:2027-03-29T09:00:00+02:00',
      'reminder:2027-04-05T09:00:00+02:00',
    ]);
    // A whole week late: only the newest handoff.
    expect(ids(monday + 7 * 24 * HOUR + HOUR)).toEqual([
      'handoff:2027-04-05T09:00:00+02:00',
    ]);
  });

  it('before the rotation starts, reminds the first pair and announces nothing else', () => {
    const first = schedule.startsAt(0);
    expect(dueMessages(schedule, first - 25 * HOUR, context)).toEqual([]);
    expect(
      dueMessages(schedule, first - 2 * HOUR, context).map((m) => m.id),
    ).toEqual(['reminder:2026-01-05T09:00:00+01:00']);
  });

  it('names the pair on support and the next pair, with chat handles and holidays', () => {
    const now = Date.parse('2027-03-22T10:00:00Z');
    const [handoff] = dueMessages(schedule, now, context);
    const shift = schedule.shift(schedule.indexAt(now));
    const next = schedule.shift(shift.index + 1);
    const text = handoff!.payload.text;
    for (const seat of [...shift.seats, ...next.seats]) {
      const person = people.get(seat.engineer)!;
      expect(text).toContain(`${seat.seat} ${person.name} (${person.chat})`);
    }
    const [current, following] = text.split('\nNext, ');
    expect(current).toContain(people.get(shift.seats[0]!.engineer)!.name);
    expect(following).toContain(people.get(next.seats[0]!.engineer)!.name);
    expect(text).toContain('Mon 22 Mar 09:00 until Mon 29 Mar 09:00');
    expect(text).toContain('Good Friday (2027-03-26)');
    expect(text).toContain('#support');
    expect(text).toContain('https://baseplate.example/support');
    const blocks = JSON.stringify(handoff!.payload.blocks);
    expect(blocks).toContain(
      '<https://chat.example/channels/support|#support>',
    );
    expect(blocks).toContain(`*${people.get(shift.seats[0]!.engineer)!.name}*`);
  });

  it('reminds the incoming pair by their chat handles, saying whether it is today or tomorrow', () => {
    const start = Date.parse('2027-03-29T07:00:00Z');
    const shift = schedule.shift(schedule.indexAt(start));
    const handles = shift.seats.map((s) => people.get(s.engineer)!.chat);
    const reminder = (t: number) =>
      dueMessages(schedule, t, context).find((m) => m.kind === 'reminder')!;
    const eve = reminder(start - 20 * HOUR).payload.text;
    expect(eve).toMatch(
      new RegExp(
        `^Reminder for ${handles.join(' and ')}: you are on support from tomorrow, Mon 29 Mar 09:00`,
      ),
    );
    expect(reminder(start - 3 * HOUR).payload.text).toContain(
      'from today, Mon 29 Mar',
    );
    const before = schedule.shift(shift.index - 1);
    expect(eve).toContain(
      `Taking over from ${before.seats.map((s) => people.get(s.engineer)!.name).join(' and ')}.`,
    );
  });

  it('escapes what Slack would read as markup', () => {
    const odd = {
      ...rotation,
      engineers: rotation.engineers.map((e) => ({
        ...e,
        name: `${e.name} <R&D>`,
      })),
    };
    const [message] = dueMessages(
      new RotationSchedule(odd),
      Date.parse('2027-03-22T10:00:00Z'),
      context,
    );
    const section = message!.payload.blocks![0]!;
    expect(JSON.stringify(section)).toContain('&lt;R&amp;D&gt;');
    expect(message!.payload.text).toContain('<R&D>');
  });
});

describe('state', () => {
  it('reads back what it wrote, and starts empty without a file', () => {
    const now = Date.parse('2027-03-29T07:07:00Z');
    const state = markSent(
      EMPTY_STATE,
      'handoff:2027-03-29T09:00:00+02:00',
      now,
    );
    const again = parseState(serialiseState(state), 'state.json');
    expect(again).toEqual(state);
    expect(wasSent(again, 'handoff:2027-03-29T09:00:00+02:00')).toBe(true);
    expect(wasSent(again, 'reminder:2027-03-29T09:00:00+02:00')).toBe(false);
    expect(parseState(undefined, 'state.json')).toEqual(EMPTY_STATE);
  });

  it('forgets ids sent more than eight weeks ago', () => {
    const now = Date.parse('2027-06-01T00:00:00Z');
    let state = markSent(EMPTY_STATE, 'old', now - STATE_KEEP_MS - 1);
    state = markSent(state, 'recent', now - STATE_KEEP_MS + 1);
    expect(Object.keys(pruneState(state, now).sent)).toEqual(['recent']);
    // A year of runs keeps about eight weeks of ids, not a year's.
    const {state: year} = simulate(
      Date.parse('2027-01-01T00:07:00Z'),
      Date.parse('2028-01-01T00:07:00Z'),
      6 * HOUR,
    );
    expect(Object.keys(year.sent).length).toBeLessThanOrEqual(2 * 9);
  });

  it('refuses a broken file, naming it and the fix', () => {
    expect(() =>
      parseState('{"version": 1, "sent": ', '.state/s.json'),
    ).toThrow(
      /^\.state\/s\.json is not valid JSON: .*Fix: restore it from a good copy, or delete it/,
    );
    expect(() => parseState('[]', 's.json')).toThrow(
      /s\.json is not a support-handoff state/,
    );
    expect(() =>
      parseState(
        '{"version": 1, "sent": {"handoff:x": "yesterday"}}',
        's.json',
      ),
    ).toThrow(
      /s\.json, sent\["handoff:x"\]: "yesterday" is not a date and time/,
    );
  });
});
