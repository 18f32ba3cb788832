/**
 * Support handoffs in the chat: which messages are due at a given moment, what
 * they say, and the record of what was already sent. Pure; the sending is
 * scripts/support-handoff.ts.
 *
 * Two kinds of message, each identified by the start of its shift (ISO 8601
 * with the zone's offset, so the id of a shift never changes):
 * - `handoff:<start>` names the pair on support and the next pair. It is due
 *   from the handoff until the shift ends, so a run that comes late still
 *   announces the running shift, and one so late that the next handoff has
 *   happened announces only the newest.
 * - `reminder:<start>` reminds the incoming pair, with their chat handles,
 *   from 24 hours before their shift until it starts.
 * Handoffs are wall-clock times in the rotation's zone: in UTC they move with
 * daylight saving, so whoever runs this runs it often (hourly) and lets it
 * decide.
 */
import {zonedDay} from './dates';
import {zonedIsoString} from './dates';
import type {RotationSchedule, Shift} from './schedule';
import type {Engineer} from './types';

export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;
/** Ids older than this (by when they were sent) are dropped from the state. */
export const STATE_KEEP_MS = 8 * 7 * 24 * 60 * 60 * 1000;

export type MessageKind = 'handoff' | 'reminder';

/** A Slack Block Kit block; Mattermost and Rocket.Chat read `text` only. */
export type ChatBlock =
  | {
      readonly type: 'section';
      readonly text: {readonly type: 'mrkdwn'; readonly text: string};
    }
  | {
      readonly type: 'context';
      readonly elements: readonly {
        readonly type: 'mrkdwn';
        readonly text: string;
      }[];
    };

/** The body of an incoming-webhook post. */
export interface ChatPayload {
  readonly text: string;
  readonly blocks?: readonly ChatBlock[];
}

export interface DueMessage {
  /** `handoff:2027-03-29T09:00:00+02:00`: what the state records once sent. */
  readonly id: string;
  readonly kind: MessageKind;
  /** The shift the message is about (the new one, or the incoming one). */
  readonly shift: Shift;
  readonly payload: ChatPayload;
}

export interface MessageContext {
  /** The /support page. */
  readonly pageUrl: string;
  readonly supportChannel: {readonly name: string; readonly url: string};
}

export function messageId(
  kind: MessageKind,
  shift: Shift,
  timeZone: string,
): string {
  return `${kind}:${zonedIsoString(shift.startsAt, timeZone)}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** `Mon 29 Mar 09:00` in the rotation's zone. */
export function formatHandoffTime(instant: number, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.hour}:${parts.minute}`;
}

/** Slack's mrkdwn treats these three as markup. */
function escapeMrkdwn(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

interface Seated {
  readonly seat: string;
  readonly engineer: Engineer;
}

function seated(schedule: RotationSchedule, shift: Shift): Seated[] {
  const people = new Map(schedule.rotation.engineers.map((e) => [e.id, e]));
  return shift.seats.map((seat) => {
    const engineer = people.get(seat.engineer);
    if (!engineer) {
      throw new Error(
        `The shift starting ${shift.start} puts "${seat.engineer}" in the ${seat.seat} seat, but the roster has no such engineer.`,
      );
    }
    return {seat: seat.seat, engineer};
  });
}

/** `primary Amara Okafor (@amara.okafor), secondary Priya Raghunathan (@priya.r)` */
function crew(seats: readonly Seated[], style: 'plain' | 'mrkdwn'): string {
  return seats
    .map(({seat, engineer}) =>
      style === 'plain'
        ? `${seat} ${engineer.name} (${engineer.chat})`
        : `${seat} *${escapeMrkdwn(engineer.name)}* (${escapeMrkdwn(engineer.chat)})`,
    )
    .join(', ');
}

function holidayLine(shift: Shift): string | undefined {
  return shift.holidays.length > 0
    ? `Holidays in this shift: ${shift.holidays.map((h) => `${h.name} (${h.date})`).join(', ')}.`
    : undefined;
}

function footer(context: MessageContext, style: 'plain' | 'mrkdwn'): string {
  const {supportChannel, pageUrl} = context;
  return style === 'plain'
    ? `Questions go to ${supportChannel.name}. The rotation: ${pageUrl}`
    : `Questions go to <${supportChannel.url}|${escapeMrkdwn(supportChannel.name)}>. <${pageUrl}|The rotation>`;
}

function payload(
  lines: (style: 'plain' | 'mrkdwn') => (string | undefined)[],
  context: MessageContext,
): ChatPayload {
  const join = (style: 'plain' | 'mrkdwn') =>
    lines(style)
      .filter((line): line is string => line !== undefined)
      .join('\n');
  return {
    text: `${join('plain')}\n${footer(context, 'plain')}`,
    blocks: [
      {type: 'section', text: {type: 'mrkdwn', text: join('mrkdwn')}},
      {
        type: 'context',
        elements: [{type: 'mrkdwn', text: footer(context, 'mrkdwn')}],
      },
    ],
  };
}

function handoffMessage(
  schedule: RotationSchedule,
  shift: Shift,
  context: MessageContext,
): DueMessage {
  const zone = schedule.rotation.timeZone;
  const next = schedule.shift(shift.index + 1);
  const from = formatHandoffTime(shift.startsAt, zone);
  const to = formatHandoffTime(shift.endsAt, zone);
  const now = seated(schedule, shift);
  const after = seated(schedule, next);
  return {
    id: messageId('handoff', shift, zone),
    kind: 'handoff',
    shift,
    payload: payload(
      (style) => [
        `${style === 'mrkdwn' ? '*Support handoff.*' : 'Support handoff.'} On support from ${from} until ${to} (${zone}): ${crew(now, style)}.`,
        holidayLine(shift),
        `Next, from ${to}: ${crew(after, style)}.`,
      ],
      context,
    ),
  };
}

function reminderMessage(
  schedule: RotationSchedule,
  shift: Shift,
  now: number,
  context: MessageContext,
): DueMessage {
  const zone = schedule.rotation.timeZone;
  const incoming = seated(schedule, shift);
  const days = zonedDay(shift.startsAt, zone) - zonedDay(now, zone);
  const when = days === 0 ? 'today, ' : days === 1 ? 'tomorrow, ' : '';
  const from = formatHandoffTime(shift.startsAt, zone);
  const to = formatHandoffTime(shift.endsAt, zone);
  const outgoing =
    shift.index > 0 ? seated(schedule, schedule.shift(shift.index - 1)) : [];
  const handles = incoming.map(({engineer}) => engineer.chat).join(' and ');
  return {
    id: messageId('reminder', shift, zone),
    kind: 'reminder',
    shift,
    payload: payload(
      (style) => [
        `${style === 'mrkdwn' ? `*Reminder* for ${escapeMrkdwn(handles)}` : `Reminder for ${handles}`}: you are on support from ${when}${from} until ${to} (${zone}): ${crew(incoming, style)}.`,
        holidayLine(shift),
        outgoing.length > 0
          ? `Taking over from ${outgoing.map(({engineer}) => (style === 'mrkdwn' ? escapeMrkdwn(engineer.name) : engineer.name)).join(' and ')}.`
          : undefined,
      ],
      context,
    ),
  };
}

/**
 * Messages due at `now`, oldest shift first: at most the handoff of the
 * running shift and the reminder of the next one.
 */
export function dueMessages(
  schedule: RotationSchedule,
  now: number,
  context: MessageContext,
): DueMessage[] {
  const due: DueMessage[] = [];
  const running = schedule.indexAt(now);
  if (running >= 0) {
    due.push(handoffMessage(schedule, schedule.shift(running), context));
  }
  const upcoming = Math.max(0, running + 1);
  if (now >= schedule.startsAt(upcoming) - REMINDER_LEAD_MS) {
    due.push(reminderMessage(schedule, schedule.shift(upcoming), now, context));
  }
  return due;
}

/** What was sent: message id → when (ISO 8601, UTC). */
export interface HandoffState {
  readonly version: 1;
  readonly sent: Readonly<Record<string, string>>;
}

export const EMPTY_STATE: HandoffState = {version: 1, sent: {}};

/** Reads the state file's text; `undefined` (no file yet) is an empty state. */
export function parseState(
  text: string | undefined,
  file: string,
): HandoffState {
  if (text === undefined || text.trim() === '') {
    return EMPTY_STATE;
  }
  const fix = `Fix: restore it from a good copy, or delete it (messages already sent may then be sent once more).`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new Error(
      `${file} is not valid JSON: ${(cause as Error).message}. ${fix}`,
      {cause},
    );
  }
  const value = raw as {version?: unknown; sent?: unknown};
  if (
    typeof raw !== 'object' ||
    raw === null ||
    value.version !== 1 ||
    typeof value.sent !== 'object' ||
    value.sent === null ||
    Array.isArray(value.sent)
  ) {
    throw new Error(
      `${file} is not a support-handoff state ({"version": 1, "sent": {…}}). ${fix}`,
    );
  }
  for (const [id, at] of Object.entries(value.sent)) {
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
      throw new Error(
        `${file}, sent["${id}"]: "${String(at)}" is not a date and time. ${fix}`,
      );
    }
  }
  return {version: 1, sent: value.sent as Record<string, string>};
}

export function wasSent(state: HandoffState, id: string): boolean {
  return Object.hasOwn(state.sent, id);
}

export function markSent(
  state: HandoffState,
  id: string,
  at: number,
): HandoffState {
  return {
    version: 1,
    sent: {...state.sent, [id]: new Date(at).toISOString()},
  };
}

/** Drops ids sent more than {@link STATE_KEEP_MS} before `now`: they can never be due again. */
export function pruneState(state: HandoffState, now: number): HandoffState {
  return {
    version: 1,
    sent: Object.fromEntries(
      Object.entries(state.sent).filter(
        ([, at]) => Date.parse(at) >= now - STATE_KEEP_MS,
      ),
    ),
  };
}

export function serialiseState(state: HandoffState): string {
  const sent = Object.fromEntries(
    Object.entries(state.sent).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify({version: 1, sent}, null, 2)}\n`;
}
