/**
 * The support rotation as the schedule sees it: validated data, plain JSON,
 * handed from the build (src/plugins/support-rotation) to the page.
 */
import type {Weekday} from './dates';

export interface Engineer {
  /** Key in blog/authors.yml. Feeds are published at /support/rotation/<id>.ics. */
  readonly id: string;
  readonly name: string;
  /** GitHub handle, from blog/authors.yml (`socials.github`). */
  readonly github: string;
  /** Handle in the company chat (`@amara.okafor`). */
  readonly chat: string;
  /** First day on the rotation (YYYY-MM-DD), for someone who joined after it started. */
  readonly from?: string;
  /** Last day on the rotation (YYYY-MM-DD), for someone who left it. */
  readonly until?: string;
}

export interface TimeOff {
  readonly engineer: string;
  /** First day off, YYYY-MM-DD. */
  readonly from: string;
  /** Last day off (inclusive), YYYY-MM-DD. */
  readonly to: string;
}

export interface Holiday {
  readonly date: string;
  readonly name: string;
}

/** One seat of one shift given to another engineer (half of a swap). */
export interface Override {
  /** The date the shift starts (its handoff day), YYYY-MM-DD. */
  readonly shift: string;
  readonly seat: string;
  readonly engineer: string;
  /** Why, for the people reading the calendar (`Swapped with Priya`). */
  readonly reason?: string;
}

export interface Rotation {
  /** IANA time zone of handoffs and of the calendar's dates. */
  readonly timeZone: string;
  readonly handoff: {readonly weekday: Weekday; readonly time: string};
  /** Seat names in order of precedence: `['primary', 'secondary']`. */
  readonly seats: readonly string[];
  /** Date of the first handoff, YYYY-MM-DD (a handoff weekday). */
  readonly start: string;
  /** Decides the first order and ties; changing it reshuffles every shift. */
  readonly seed: string;
  readonly engineers: readonly Engineer[];
  readonly timeOff: readonly TimeOff[];
  readonly holidays: readonly Holiday[];
  readonly overrides: readonly Override[];
}
