/**
 * Turns the rotation file (src/data/support-rotation.yaml, already parsed from
 * YAML) and the people file (blog/authors.yml) into a {@link Rotation}, or
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
} from './dates';
import {RotationSchedule} from './schedule';
import type {Engineer, Holiday, Override, Rotation, TimeOff} from './types';

export interface RotationSources {
  /** The rotation file, as a contributor would name it. */
  readonly rotationFile: string;
  /** The people file. */
  readonly authorsFile: string;
  /** The module holding the site's time zone. */
  readonly siteFile: string;
}

export const DEFAULT_SOURCES: RotationSources = {
  rotationFile: 'src/data/support-rotation.yaml',
  authorsFile: 'blog/authors.yml',
  siteFile: 'src/data/site.ts',
};

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

/**
 * Validates the rotation. `raw` is the parsed rotation file, `authors` the
 * parsed authors file, `timeZone` the site's time zone (src/data/site.ts).
 */
export function parseRotation(
  raw: unknown,
  authors: unknown,
  timeZone: string,
  sources: RotationSources = DEFAULT_SOURCES,
): Rotation {
  const problems: Problem[] = [];
  const inRotation = (entry: string, message: string, fix: string) =>
    problems.push({file: sources.rotationFile, entry, message, fix});

  if (!isValidTimeZone(timeZone)) {
    problems.push({
      file: sources.siteFile,
      entry: 'timeZone',
      message: `"${timeZone}" is not an IANA time zone this runtime knows.`,
      fix: 'use a name from the IANA time zone database, such as Europe/Copenhagen or America/New_York.',
    });
  }

  if (raw !== null && typeof raw === 'object' && 'timeZone' in raw) {
    inRotation(
      'timeZone',
      'the rotation does not set its own time zone: handoffs follow the site time zone, so the whole site shows one.',
      `remove timeZone here; to change the zone, set timeZone in ${sources.siteFile} (now ${timeZone}).`,
    );
  }
  const withoutZone =
    raw !== null && typeof raw === 'object' && 'timeZone' in raw
      ? Object.fromEntries(
          Object.entries(raw).filter(([key]) => key !== 'timeZone'),
        )
      : raw;

  const parsed = rotationSchema.safeParse(withoutZone ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const entry = entryLabel(withoutZone, issue.path);
      if (issue.code === 'unrecognized_keys') {
        inRotation(
          entry,
          `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}.`,
          `remove or rename ${issue.keys.join(', ')}; ${SHAPE_HINT}`,
        );
      } else if (
        issue.code === 'invalid_type' &&
        valueAt(withoutZone, issue.path) === undefined
      ) {
        inRotation(entry, 'is missing.', `add it; ${SHAPE_HINT}`);
      } else {
        inRotation(entry, `${issue.message}.`, `correct it; ${SHAPE_HINT}`);
      }
    }
    throw new RotationDataError(problems);
  }
  const data: RawRotation = parsed.data;

  // Dates, one by one.
  const checkDate = (entry: string, value: string): number | undefined => {
    const day = parseIsoDate(value);
    if (day === undefined) {
      inRotation(
        entry,
        `"${value}" is not a date.`,
        'write a real calendar date as YYYY-MM-DD, for example 2026-03-30.',
      );
    }
    return day;
  };

  const handoffTime = parseWallTime(data.handoff.time);
  if (!handoffTime) {
    inRotation(
      'handoff.time',
      `"${data.handoff.time}" is not a time.`,
      'write it as HH:MM on a 24-hour clock, for example 09:00.',
    );
  }
  const handoffWeekday = WEEKDAYS.indexOf(data.handoff.weekday);

  const startDay = checkDate('start', data.start);
  if (startDay !== undefined && weekdayIndex(startDay) !== handoffWeekday) {
    const [before, after] = nearestWeekday(startDay, handoffWeekday);
    inRotation(
      'start',
      `${data.start} is a ${weekdayName(startDay)}, but shifts start on ${data.handoff.weekday}s.`,
      `start on a ${data.handoff.weekday}: ${before} or ${after}.`,
    );
  }

  const seenSeats = new Set<string>();
  data.seats.forEach((seat, i) => {
    if (seenSeats.has(seat)) {
      inRotation(
        `seats[${i}]`,
        `the seat "${seat}" is listed twice.`,
        'give every seat its own name.',
      );
    }
    seenSeats.add(seat);
  });

  // People: the roster names engineers by their key in the authors file.
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
      inRotation(
        entry,
        `${member.engineer} is on the roster twice.`,
        'keep one entry per engineer.',
      );
      return;
    }
    rosterIds.add(member.engineer);
    if (!Object.hasOwn(authorsMap, member.engineer)) {
      inRotation(
        entry,
        `"${member.engineer}" is not a key in ${sources.authorsFile}, the list of platform engineers.`,
        `use one of its keys (${authorKeys.join(', ')}), or add the person to ${sources.authorsFile} first.`,
      );
      return;
    }
    const author = authorSchema.safeParse(authorsMap[member.engineer]);
    if (!author.success) {
      problems.push({
        file: sources.authorsFile,
        entry: member.engineer,
        message: `the support rotation needs a name and socials.github for ${member.engineer}.`,
        fix: `add name and socials.github to ${member.engineer} in ${sources.authorsFile}.`,
      });
      return;
    }
    const from =
      member.from !== undefined
        ? checkDate(`${entry}.from`, member.from)
        : undefined;
    const until =
      member.until !== undefined
        ? checkDate(`${entry}.until`, member.until)
        : undefined;
    if (from !== undefined && until !== undefined && until < from) {
      inRotation(
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
    inRotation(
      'roster',
      `${data.roster.length} engineer(s) cannot fill ${data.seats.length} seats.`,
      `list at least ${data.seats.length} engineers (and ${data.seats.length * 2} or more, so nobody serves two weeks in a row).`,
    );
  }

  const timeOff: TimeOff[] = [];
  data.timeOff.forEach((off, i) => {
    const entry = `timeOff[${i}] (engineer ${off.engineer})`;
    if (!rosterIds.has(off.engineer)) {
      inRotation(
        entry,
        `"${off.engineer}" is not on the roster.`,
        `use the key of an engineer in roster (${[...rosterIds].join(', ')}).`,
      );
    }
    const from = checkDate(`${entry}.from`, off.from);
    const to = checkDate(`${entry}.to`, off.to);
    if (from !== undefined && to !== undefined && to < from) {
      inRotation(
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
    checkDate(entry, holiday.date);
    const earlier = holidayDates.get(holiday.date);
    if (earlier !== undefined) {
      inRotation(
        entry,
        `${holiday.date} is already listed at holidays[${earlier}].`,
        'list each date once.',
      );
    }
    holidayDates.set(holiday.date, i);
    holidays.push(holiday);
  });

  // Stop here if the basics are wrong: the checks below compute shifts.
  if (problems.length > 0 || startDay === undefined || !handoffTime) {
    throw new RotationDataError(problems);
  }

  const withoutOverrides: Rotation = {
    timeZone,
    handoff: {weekday: data.handoff.weekday, time: data.handoff.time},
    seats: data.seats,
    start: data.start,
    seed: data.seed,
    engineers,
    timeOff,
    holidays,
    overrides: [],
  };
  const schedule = new RotationSchedule(withoutOverrides);

  // Every shift from the start until nothing changes any more (after the last
  // time off, joining or leaving) must have enough engineers for its seats.
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
    if (available.length < data.seats.length) {
      const start = isoDate(startDay + index * 7);
      const away = timeOff
        .map((off, i) => ({off, i}))
        .filter(({off}) => {
          const touched = schedule.shiftsTouching(off.from, off.to);
          return index >= touched.from && index <= touched.to;
        })
        .map(({off, i}) => `timeOff[${i}] (${off.engineer})`);
      inRotation(
        `the shift starting ${start}`,
        `only ${available.length} engineer(s) are free (${available.map((e) => e.id).join(', ') || 'none'}) for ${data.seats.length} seats${away.length > 0 ? `; away: ${away.join(', ')}` : ''}.`,
        'move or shorten time off so that enough engineers are free that week, or add engineers to the roster.',
      );
    }
  }
  if (problems.length > 0) {
    throw new RotationDataError(problems);
  }

  // Overrides: one seat of one shift each, applied after the schedule.
  const overrides: Override[] = [];
  const seatsTaken = new Map<string, number>();
  data.overrides.forEach((override, i) => {
    const entry = `overrides[${i}] (shift ${override.shift}, seat ${override.seat})`;
    const day = checkDate(`${entry}.shift`, override.shift);
    let ok = day !== undefined;
    if (day !== undefined) {
      const index = schedule.indexStartingOn(override.shift);
      if (day < startDay) {
        inRotation(
          entry,
          `${override.shift} is before the rotation starts (${data.start}).`,
          `name a shift on or after ${data.start}.`,
        );
        ok = false;
      } else if (index === undefined) {
        const [before, after] = nearestWeekday(day, handoffWeekday);
        inRotation(
          entry,
          `no shift starts on ${override.shift} (a ${weekdayName(day)}); shifts start on ${data.handoff.weekday}s.`,
          `name the shift by the ${data.handoff.weekday} it starts: ${before} or ${after}.`,
        );
        ok = false;
      }
    }
    if (!data.seats.includes(override.seat)) {
      inRotation(
        entry,
        `"${override.seat}" is not a seat.`,
        `use one of ${data.seats.join(', ')}.`,
      );
      ok = false;
    }
    const engineer = override.engineer?.trim() ?? '';
    if (engineer === '') {
      inRotation(
        entry,
        'no engineer is named, which leaves the seat empty.',
        'name the engineer who takes the seat; to swap, give each of the two shifts to the other engineer.',
      );
      ok = false;
    } else if (!rosterIds.has(engineer)) {
      inRotation(
        entry,
        `"${engineer}" is not on the roster.`,
        `use the key of an engineer in roster (${[...rosterIds].join(', ')}).`,
      );
      ok = false;
    }
    const key = `${override.shift}/${override.seat}`;
    const earlier = seatsTaken.get(key);
    if (earlier !== undefined) {
      inRotation(
        entry,
        `overrides[${earlier}] already gives this seat to someone.`,
        'keep one override per seat of a shift.',
      );
      ok = false;
    }
    seatsTaken.set(key, i);
    if (ok) {
      overrides.push({
        shift: override.shift,
        seat: override.seat,
        engineer,
        ...(override.reason !== undefined && {reason: override.reason}),
      });
    }
  });

  const rotation: Rotation = {...withoutOverrides, overrides};
  const final = new RotationSchedule(rotation);
  overrides.forEach((override) => {
    const i = data.overrides.findIndex(
      (o) => o.shift === override.shift && o.seat === override.seat,
    );
    const entry = `overrides[${i}] (shift ${override.shift}, seat ${override.seat})`;
    const index = final.indexStartingOn(override.shift)!;
    if (!final.isAvailable(override.engineer, index)) {
      const reasons = timeOff
        .map((off, t) => ({off, t}))
        .filter(({off}) => {
          const touched = final.shiftsTouching(off.from, off.to);
          return (
            off.engineer === override.engineer &&
            index >= touched.from &&
            index <= touched.to
          );
        })
        .map(({off, t}) => `timeOff[${t}] (${off.from} to ${off.to})`);
      inRotation(
        entry,
        `${override.engineer} is not available that week${reasons.length > 0 ? `: ${reasons.join(', ')}` : ' (not on the rotation yet, or any more)'}.`,
        'give the seat to an engineer who is working that week, or change the time off.',
      );
      return;
    }
    const shift = final.shift(index);
    const twice = shift.seats.filter((s) => s.engineer === override.engineer);
    if (twice.length > 1) {
      const other = twice.find((s) => s.seat !== override.seat)!;
      inRotation(
        entry,
        `${override.engineer} already sits the ${other.seat} seat of that shift, so one seat would be empty.`,
        `give the ${override.seat} seat to someone else, or also override the ${other.seat} seat (${other.scheduled} is scheduled there).`,
      );
    }
  });
  if (problems.length > 0) {
    throw new RotationDataError(problems);
  }
  return rotation;
}
