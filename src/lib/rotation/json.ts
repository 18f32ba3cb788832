/**
 * The support rotation as JSON, for machines: `/support/rotation.json` holds
 * the same shifts as `/support/rotation.ics` (the build writes both from one
 * list), with start and end in ISO 8601 with the offset of the site's time
 * zone and, for each seat, the engineer's key, name, chat handle and GitHub
 * handle: what the /support page already shows. Pure: the plugin writes the
 * file, the page links to it.
 */
import {zonedIsoString, type Weekday} from './dates';
import type {Shift} from './schedule';
import type {Rotation} from './types';

/** Raised when a field is added in a way old readers could misread. */
export const ROTATION_JSON_VERSION = 1;

export interface RotationJsonSeat {
  /** Seat name from the rotation data: `primary`, `secondary`. */
  readonly seat: string;
  /** Key in blog/authors.yml; the engineer's own feed is /support/rotation/<engineer>.ics. */
  readonly engineer: string;
  readonly name: string;
  /** Handle in the company chat: `@amara.okafor`. */
  readonly chat: string;
  /** GitHub handle, without the `@`. */
  readonly github: string;
  /** Set when an override gave this seat to someone else: who the rotation had put there. */
  readonly replaces?: string;
  /** The override's reason, when it gives one. */
  readonly reason?: string;
}

export interface RotationJsonShift {
  /** Starting handoff, `2026-12-07T09:00:00+01:00`. */
  readonly start: string;
  /** Ending handoff (the next shift's start), exclusive. */
  readonly end: string;
  /** One entry per seat, in the rotation's seat order. */
  readonly seats: readonly RotationJsonSeat[];
  /** Public holidays within the shift's seven days. */
  readonly holidays: readonly {readonly date: string; readonly name: string}[];
}

export interface RotationJson {
  readonly version: typeof ROTATION_JSON_VERSION;
  /** IANA time zone of the handoffs and of every offset below. */
  readonly timeZone: string;
  /** Shifts change hands on this weekday at this local time (24-hour `HH:MM`). */
  readonly handoff: {readonly weekday: Weekday; readonly time: string};
  /** Seat names, most senior first. */
  readonly seats: readonly string[];
  /** When the build wrote the file, in UTC. */
  readonly generatedAt: string;
  /** The /support page. */
  readonly pageUrl: string;
  readonly supportChannel: {readonly name: string; readonly url: string};
  /** Every published shift, oldest first (the same ones as rotation.ics). */
  readonly shifts: readonly RotationJsonShift[];
}

export interface RotationJsonOptions {
  readonly rotation: Rotation;
  readonly shifts: readonly Shift[];
  readonly generatedAt: Date;
  readonly pageUrl: string;
  readonly supportChannel: {readonly name: string; readonly url: string};
}

/** Path segments of the JSON document below the site's base URL. */
export function rotationJsonSegments(): string[] {
  return ['support', 'rotation.json'];
}

export function buildRotationJson(options: RotationJsonOptions): RotationJson {
  const {rotation} = options;
  const people = new Map(rotation.engineers.map((e) => [e.id, e]));
  const person = (id: string) => {
    const engineer = people.get(id);
    if (!engineer) {
      throw new Error(
        `The schedule put "${id}" in a seat, but the roster has no such engineer.`,
      );
    }
    return engineer;
  };
  return {
    version: ROTATION_JSON_VERSION,
    timeZone: rotation.timeZone,
    handoff: {weekday: rotation.handoff.weekday, time: rotation.handoff.time},
    seats: [...rotation.seats],
    generatedAt: options.generatedAt.toISOString(),
    pageUrl: options.pageUrl,
    supportChannel: {
      name: options.supportChannel.name,
      url: options.supportChannel.url,
    },
    shifts: options.shifts.map((shift) => ({
      start: zonedIsoString(shift.startsAt, rotation.timeZone),
      end: zonedIsoString(shift.endsAt, rotation.timeZone),
      seats: shift.seats.map((seat): RotationJsonSeat => {
        const engineer = person(seat.engineer);
        return {
          seat: seat.seat,
          engineer: engineer.id,
          name: engineer.name,
          chat: engineer.chat,
          github: engineer.github,
          ...(seat.override ? {replaces: seat.scheduled} : {}),
          ...(seat.override?.reason ? {reason: seat.override.reason} : {}),
        };
      }),
      holidays: shift.holidays.map((h) => ({date: h.date, name: h.name})),
    })),
  };
}

/** The file's text: two-space indented, one trailing newline. */
export function serialiseRotationJson(document: RotationJson): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
