/**
 * Turns the rotation file and the people file (./sources.ts names them),
 * already parsed from YAML, into a {@link Rotation}, or
 * fails with every problem at once. Each problem names the file, the entry and
 * the fix, because the person reading it is editing YAML, not this code.
 */
import * as z from 'zod';

import {
  WEEKDAYS,
  isValidTimeZone,
  isoDate,
  parseIsoDate,
  parseWallTime,
  weekdayIndex,
  weekdayName,
  type WallTime,
} from './dates';
import {RotationSchedule} from './schedule';
import {DEFAULT_SOURCES, type RotationSources} from './sources';
import type {Engineer, Holiday, Override, Rotation, TimeOff} from './types';

export interface Problem {
  readonly file: string;
  /** Where in the file: `roster[3] (engineer amra)`. */
  readonly entry: string;
  readonly message: string;
  readonly fix: string;
}

export class RotationDataError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      [
        `The support rotation has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
        ...problems.map(
          (p) => `- ${p.file}, ${p.entry}: ${p.message} Fix: ${p.fix}`,
        ),
      ].join('\n'),
    );
    this.name = 'RotationDataError';
  }
}

const SHAPE_HINT =
  'see the comment at the top of the file for the fields each entry takes.';

const text = z.string().trim().min(1, 'must not be empty');
// Dates are checked one by one below, with a fix for each; here only "a string".
const date = z.string({error: 'must be a date written YYYY-MM-DD'});

const rotationSchema = z.strictObject({
  handoff: z.strictObject({
    weekday: z.enum(WEEKDAYS, {
      error: `must be one of ${WEEKDAYS.join(', ')}`,
    }),
    time: z.string({error: 'must be a time written HH:MM (24-hour clock)'}),
  }),
  seats: z
    .array(text, {error: 'must be a list of seat names'})
    .min(1, 'must name at least one seat'),
  start: date,
  seed: text,
  roster: z.array(
    z.strictObject({
      engineer: text,
      chat: text,
      from: date.optional(),
      until: date.optional(),
    }),
    {error: 'must be a list of engineers'},
  ),
  timeOff: z
    .array(z.strictObject({engineer: text, from: date, to: date}))
    .default([]),
  holidays: z.array(z.strictObject({date, name: text})).default([]),
  overrides: z
    .array(
      z.strictObject({
        shift: date,
        seat: text,
        // null or "" is the mistake "leaves the seat empty", reported below.
        engineer: z.string().nullable(),
        reason: text.optional(),
      }),
    )
    .default([]),
});

const authorSchema = z.object({
  name: text,
  socials: z.object({github: text}),
});

type RawRotation = z.infer<typeof rotationSchema>;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  return node;
}

/** A short name for the entry a path points at, e.g. `roster[3] (engineer amra)`. */
function entryLabel(raw: unknown, path: readonly PropertyKey[]): string {
  let label = '';
  let node: unknown = raw;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === 'number') {
      label += `[${key}]`;
      const described = describe(node);
      if (described) {
        label += ` (${described})`;
      }
    } else {
      label += label ? `.${String(key)}` : String(key);
    }
  }
  return label || 'the top level';
}

function describe(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') {
    return undefined;
  }
  const entry = node as Record<string, unknown>;
  const parts = ['shift', 'date', 'seat', 'engineer']
    .filter((key) => typeof entry[key] === 'string' && entry[key] !== '')
    .map((key) => `${key} ${String(entry[key])}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function nearestWeekday(day: number, weekday: number): [string, string] {
  const back = (weekdayIndex(day) - weekday + 7) % 7;
  return [isoDate(day - back), isoDate(day - back + 7)];
}

/** Collects the problems of one validation, each naming its file. */
class Problems {
  readonly list: Problem[] = [];

  constructor(readonly sources: RotationSources) {}

  /** A problem in the rotation file. */
  inRotation(entry: string, message: string, fix: string): void {
    this.list.push({file: this.sources.rotationFile, entry, message, fix});
  }

  add(problem: Problem): void {
    this.list.push(problem);
  }

  /** Reads a date, reporting it at `entry` if it is not a real one. */
  date(entry: string, value: string): number | undefined {
    const day = parseIsoDate(value);
    if (day === undefined) {
      this.inRotation(
        entry,
        `"${value}" is not a date.`,
        'write a real calendar date as YYYY-MM-DD, for example 2026-03-30.',
      );
    }
    return day;
  }

  /** Fails with every problem collected so far, if there is one. */
  throwIfAny(): void {
    if (this.list.length > 0) {
      throw new RotationDataError(this.list);
    }
  }
}

/** Step 1: the site's time zone, and the rotation file has the right shape. */
function parseShape(
  raw: unknown,
  timeZone: string,
  problems: Problems,
): RawRotation {
  const {sources} = problems;
  if (!isValidTimeZone(timeZone)) {
    problems.add({
      file: sources.siteFile,
      entry: 'timeZone',
      message: `"${timeZone}" is not an IANA time zone this runtime knows.`,
      fix: 'use a name from the IANA time zone database, such as Europe/Copenhagen or America/New_York.',
    });
  }

  const hasZone = raw !== null && typeof raw === 'object' && 'timeZone' in raw;
  if (hasZone) {
    problems.inRotation(
      'timeZone',
      'the rotation does not set its own time zone: handoffs follow the site time zone, so the whole site shows one.',
      `remove timeZone here; to change the zone, set timeZone in ${sources.siteFile} (now ${timeZone}).`,
    );
  }
  const withoutZone = hasZone
    ? Object.fromEntries(
        Object.entries(raw).filter(([key]) => key !== 'timeZone'),
      )
    : raw;

  const parsed = rotationSchema.safeParse(withoutZone ?? {});
  if (parsed.success) {
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    const entry = entryLabel(withoutZone, issue.path);
    if (issue.code === 'unrecognized_keys') {
      problems.inRotation(
        entry,
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}.`,
        `remove or rename ${issue.keys.join(', ')}; ${SHAPE_HINT}`,
      );
    } else if (
      issue.code === 'invalid_type' &&
      valueAt(withoutZone, issue.path) === undefined
    ) {
      problems.inRotation(entry, 'is missing.', `add it; ${SHAPE_HINT}`);
    } else {
      problems.inRotation(
        entry,
        `${issue.message}.`,
        `correct it; ${SHAPE_HINT}`,
      );
    }
  }
  throw new RotationDataError(problems.list);
}

interface Handoff {
  readonly startDay: number | undefined;
  readonly time: WallTime | undefined;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
}

/** Step 2: the handoff time, the start date on the handoff weekday, the seats. */
function checkHandoff(data: RawRotation, problems: Problems): Handoff {
  const time = parseWallTime(data.handoff.time);
  if (!time) {
    problems.inRotation(
      'handoff.time',
      `"${data.handoff.time}" is not a time.`,
      'write it as HH:MM on a 24-hour clock, for example 09:00.',
    );
  }
  const weekday = WEEKDAYS.indexOf(data.handoff.weekday);

  const startDay = problems.date('start', data.start);
  if (startDay !== undefined && weekdayIndex(startDay) !== weekday) {
    const [before, after] = nearestWeekday(startDay, weekday);
    problems.inRotation(
      'start',
      `${data.start} is a ${weekdayName(startDay)}, but shifts start on ${data.handoff.weekday}s.`,
      `start on a ${data.handoff.weekday}: ${before} or ${after}.`,
    );
  }

  const seenSeats = new Set<string>();
  data.seats.forEach((seat, i) => {
    if (seenSeats.has(seat)) {
      problems.inRotation(
        `seats[${i}]`,
        `the seat "${seat}" is listed twice.`,
        'give every seat its own name.',
      );
    }
    seenSeats.add(seat);
  });
  return {startDay, time, weekday};
}

/**
 * Step 3: the roster, whose engineers are keys of the authors file, with
 * their names and GitHub handles from there.
 */
function checkRoster(
  data: RawRotation,
  authors: unknown,
  problems: Problems,
): Engineer[] {
  const {authorsFile} = problems.sources;
  const authorsMap =
    authors !== null && typeof authors === 'object' && !Array.isArray(authors)
      ? (authors as Record<string, unknown>)
      : {};
  const authorKeys = Object.keys(authorsMap);
  const engineers: Engineer[] = [];
  const rosterIds = new Set<string>();
  data.roster.forEach((member, i) => {
    const entry = `roster[${i}] (engineer ${member.engineer})`;
    if (rosterIds.has(member.engineer)) {
      problems.inRotation(
        entry,
        `${member.engineer} is on the roster twice.`,
        'keep one entry per engineer.',
      );
      return;
    }
    rosterIds.add(member.engineer);
    if (!Object.hasOwn(authorsMap, member.engineer)) {
      problems.inRotation(
        entry,
        `"${member.engineer}" is not a key in ${authorsFile}, the list of platform engineers.`,
        `use one of its keys (${authorKeys.join(', ')}), or add the person to ${authorsFile} first.`,
      );
      return;
    }
    const author = authorSchema.safeParse(authorsMap[member.engineer]);
    if (!author.success) {
      problems.add({
        file: authorsFile,
        entry: member.engineer,
        message: `the support rotation needs a name and socials.github for ${member.engineer}.`,
        fix: `add name and socials.github to ${member.engineer} in ${authorsFile}.`,
      });
      return;
    }
    const from =
      member.from !== undefined
        ? problems.date(`${entry}.from`, member.from)
        : undefined;
    const until =
      member.until !== undefined
        ? problems.date(`${entry}.until`, member.until)
        : undefined;
    if (from !== undefined && until !== undefined && until < from) {
      problems.inRotation(
        entry,
        `until (${member.until}) is before from (${member.from}).`,
        'swap the two dates, or correct the one that is wrong.',
      );
    }
    engineers.push({
      id: member.engineer,
      name: author.data.name,
      github: author.data.socials.github,
      chat: member.chat,
      ...(member.from !== undefined && {from: member.from}),
      ...(member.until !== undefined && {until: member.until}),
    });
  });
  if (data.roster.length < data.seats.length) {
    problems.inRotation(
      'roster',
      `${data.roster.length} engineer(s) cannot fill ${data.seats.length} seats.`,
      `list at least ${data.seats.length} engineers (and ${data.seats.length * 2} or more, so nobody serves two weeks in a row).`,
    );
  }
  return engineers;
}

/** The keys of the roster, for the messages that list them. */
function rosterKeys(data: RawRotation): Set<string> {
  return new Set(data.roster.map((member) => member.engineer));
}

/** Step 4: time off (by engineers on the roster) and holidays, with real dates. */
function checkTimeOffAndHolidays(
  data: RawRotation,
  problems: Problems,
): {timeOff: TimeOff[]; holidays: Holiday[]} {
  const rosterIds = rosterKeys(data);
  const timeOff: TimeOff[] = [];
  data.timeOff.forEach((off, i) => {
    const entry = `timeOff[${i}] (engineer ${off.engineer})`;
    if (!rosterIds.has(off.engineer)) {
      problems.inRotation(
        entry,
        `"${off.engineer}" is not on the roster.`,
        `use the key of an engineer in roster (${[...rosterIds].join(', ')}).`,
      );
    }
    const from = problems.date(`${entry}.from`, off.from);
    const to = problems.date(`${entry}.to`, off.to);
    if (from !== undefined && to !== undefined && to < from) {
      problems.inRotation(
        entry,
        `to (${off.to}) is before from (${off.from}).`,
        'from is the first day off and to the last; swap them or correct the wrong one.',
      );
    }
    timeOff.push(off);
  });

  const holidays: Holiday[] = [];
  const holidayDates = new Map<string, number>();
  data.holidays.forEach((holiday, i) => {
    const entry = `holidays[${i}] (${holiday.date})`;
    problems.date(entry, holiday.date);
    const earlier = holidayDates.get(holiday.date);
    if (earlier !== undefined) {
      problems.inRotation(
        entry,
        `${holiday.date} is already listed at holidays[${earlier}].`,
        'list each date once.',
      );
    }
    holidayDates.set(holiday.date, i);
    holidays.push(holiday);
  });
  return {timeOff, holidays};
}

/** An override whose own fields are right, with its place in the file. */
interface CheckedOverride {
  readonly index: number;
  readonly override: Override;
}

/**
 * Step 5: each override names a shift that exists, a seat, an engineer on
 * the roster, and a seat no other override takes. Needs no schedule: shifts
 * start every seven days from the start date.
 */
function checkOverrideEntries(
  data: RawRotation,
  handoff: Handoff & {readonly startDay: number},
  problems: Problems,
): CheckedOverride[] {
  const rosterIds = rosterKeys(data);
  const checked: CheckedOverride[] = [];
  const seatsTaken = new Map<string, number>();
  data.overrides.forEach((override, i) => {
    const entry = overrideEntry(i, override);
    const day = problems.date(`${entry}.shift`, override.shift);
    let ok = day !== undefined;
    if (day !== undefined) {
      if (day < handoff.startDay) {
        problems.inRotation(
          entry,
          `${override.shift} is before the rotation starts (${data.start}).`,
          `name a shift on or after ${data.start}.`,
        );
        ok = false;
      } else if ((day - handoff.startDay) % 7 !== 0) {
        const [before, after] = nearestWeekday(day, handoff.weekday);
        problems.inRotation(
          entry,
          `no shift starts on ${override.shift} (a ${weekdayName(day)}); shifts start on ${data.handoff.weekday}s.`,
          `name the shift by the ${data.handoff.weekday} it starts: ${before} or ${after}.`,
        );
        ok = false;
      }
    }
    if (!data.seats.includes(override.seat)) {
      problems.inRotation(
        entry,
        `"${override.seat}" is not a seat.`,
        `use one of ${data.seats.join(', ')}.`,
      );
      ok = false;
    }
    const engineer = override.engineer?.trim() ?? '';
    if (engineer === '') {
      problems.inRotation(
        entry,
        'no engineer is named, which leaves the seat empty.',
        'name the engineer who takes the seat; to swap, give each of the two shifts to the other engineer.',
      );
      ok = false;
    } else if (!rosterIds.has(engineer)) {
      problems.inRotation(
        entry,
        `"${engineer}" is not on the roster.`,
        `use the key of an engineer in roster (${[...rosterIds].join(', ')}).`,
      );
      ok = false;
    }
    const key = `${override.shift}/${override.seat}`;
    const earlier = seatsTaken.get(key);
    if (earlier !== undefined) {
      problems.inRotation(
        entry,
        `overrides[${earlier}] already gives this seat to someone.`,
        'keep one override per seat of a shift.',
      );
      ok = false;
    }
    seatsTaken.set(key, i);
    if (ok) {
      checked.push({
        index: i,
        override: {
          shift: override.shift,
          seat: override.seat,
          engineer,
          ...(override.reason !== undefined && {reason: override.reason}),
        },
      });
    }
  });
  return checked;
}

function overrideEntry(
  index: number,
  override: {readonly shift: string; readonly seat: string},
): string {
  return `overrides[${index}] (shift ${override.shift}, seat ${override.seat})`;
}

/**
 * Step 6: every shift from the start until nothing changes any more (after
 * the last time off, joining or leaving) has enough engineers for its seats.
 * Availability does not depend on overrides.
 */
function checkCapacity(
  schedule: RotationSchedule,
  startDay: number,
  problems: Problems,
): void {
  const {engineers, timeOff, seats} = schedule.rotation;
  const lastDates = [
    ...timeOff.map((off) => off.to),
    ...engineers.flatMap((e) => [e.from, e.until]),
  ].filter((d): d is string => d !== undefined);
  const lastIndex = Math.max(
    0,
    ...lastDates.map((d) => schedule.indexOfDate(d) + 1),
  );
  for (let index = 0; index <= lastIndex; index++) {
    const available = engineers.filter((e) =>
      schedule.isAvailable(e.id, index),
    );
    if (available.length < seats.length) {
      const start = isoDate(startDay + index * 7);
      const away = timeOff
        .map((off, i) => ({off, i}))
        .filter(({off}) => {
          const touched = schedule.shiftsTouching(off.from, off.to);
          return index >= touched.from && index <= touched.to;
        })
        .map(({off, i}) => `timeOff[${i}] (${off.engineer})`);
      problems.inRotation(
        `the shift starting ${start}`,
        `only ${available.length} engineer(s) are free (${available.map((e) => e.id).join(', ') || 'none'}) for ${seats.length} seats${away.length > 0 ? `; away: ${away.join(', ')}` : ''}.`,
        'move or shorten time off so that enough engineers are free that week, or add engineers to the roster.',
      );
    }
  }
}

/**
 * Step 7: against the schedule, each override gives its seat to an engineer
 * who is working that week and does not already sit another seat of it.
 */
function checkOverridesAgainst(
  schedule: RotationSchedule,
  checked: readonly CheckedOverride[],
  problems: Problems,
): void {
  const {timeOff} = schedule.rotation;
  for (const {index: i, override} of checked) {
    const entry = overrideEntry(i, override);
    const index = schedule.indexStartingOn(override.shift)!;
    if (!schedule.isAvailable(override.engineer, index)) {
      const reasons = timeOff
        .map((off, t) => ({off, t}))
        .filter(({off}) => {
          const touched = schedule.shiftsTouching(off.from, off.to);
          return (
            off.engineer === override.engineer &&
            index >= touched.from &&
            index <= touched.to
          );
        })
        .map(({off, t}) => `timeOff[${t}] (${off.from} to ${off.to})`);
      problems.inRotation(
        entry,
        `${override.engineer} is not available that week${reasons.length > 0 ? `: ${reasons.join(', ')}` : ' (not on the rotation yet, or any more)'}.`,
        'give the seat to an engineer who is working that week, or change the time off.',
      );
      continue;
    }
    const shift = schedule.shift(index);
    const twice = shift.seats.filter((s) => s.engineer === override.engineer);
    if (twice.length > 1) {
      const other = twice.find((s) => s.seat !== override.seat)!;
      problems.inRotation(
        entry,
        `${override.engineer} already sits the ${other.seat} seat of that shift, so one seat would be empty.`,
        `give the ${override.seat} seat to someone else, or also override the ${other.seat} seat (${other.scheduled} is scheduled there).`,
      );
    }
  }
}

/**
 * Validates the rotation. `raw` is the parsed rotation file, `authors` the
 * parsed authors file, `timeZone` the site's time zone (src/data/site.ts).
 * Each step adds its problems; the ones after a failed step would only repeat
 * them, so validation stops there and reports them all.
 */
export function parseRotation(
  raw: unknown,
  authors: unknown,
  timeZone: string,
  sources: RotationSources = DEFAULT_SOURCES,
): Rotation {
  const problems = new Problems(sources);
  const data = parseShape(raw, timeZone, problems);
  const handoff = checkHandoff(data, problems);
  const engineers = checkRoster(data, authors, problems);
  const {timeOff, holidays} = checkTimeOffAndHolidays(data, problems);
  // The checks below compute shifts: they need the basics right.
  const {startDay, time} = handoff;
  if (problems.list.length > 0 || startDay === undefined || !time) {
    throw new RotationDataError(problems.list);
  }

  // Override problems are reported only once every shift can be filled, so
  // they are collected aside until then.
  const overrideProblems = new Problems(sources);
  const checked = checkOverrideEntries(
    data,
    {...handoff, startDay},
    overrideProblems,
  );
  const rotation: Rotation = {
    timeZone,
    handoff: {weekday: data.handoff.weekday, time: data.handoff.time},
    seats: data.seats,
    start: data.start,
    seed: data.seed,
    engineers,
    timeOff,
    holidays,
    overrides: checked.map(({override}) => override),
  };
  // The one schedule: overrides change who sits a seat when a shift is read,
  // never who is available or how the rotation assigns the seats.
  const schedule = new RotationSchedule(rotation);
  checkCapacity(schedule, startDay, problems);
  problems.throwIfAny();

  checkOverridesAgainst(schedule, checked, overrideProblems);
  overrideProblems.throwIfAny();
  return rotation;
}
