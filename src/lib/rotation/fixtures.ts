/**
 * Rotations for the tests: the real data files, and synthetic rosters with
 * time off and holidays drawn from a seeded generator.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';

import {random} from '../random';
import {isoDate, dayNumber} from './dates';
import type {RotationSchedule} from './schedule';
import {DEFAULT_SOURCES} from './sources';
import type {Holiday, Rotation, TimeOff} from './types';
import {parseRotation} from './validate';

const SITE_DIR = join(__dirname, '..', '..', '..');

export function readYamlFile(path: string): unknown {
  return parse(readFileSync(join(SITE_DIR, path), 'utf8'));
}

/** The rotation the site publishes, validated like the build does. */
export function siteRotation(): Rotation {
  return parseRotation(
    readYamlFile(DEFAULT_SOURCES.rotationFile),
    readYamlFile(DEFAULT_SOURCES.authorsFile),
    'Europe/Copenhagen',
  );
}

export interface SyntheticOptions {
  readonly seed: number;
  readonly engineers?: number;
  readonly seats?: readonly string[];
  readonly years?: number;
  /** Average days between two stretches of one engineer's time off (0 = none). */
  readonly timeOffEvery?: number;
  readonly holidays?: boolean;
}

export const SYNTHETIC_START = '2026-01-05';

/**
 * A roster of `engineers` people with time off of 3-20 days at random, and
 * holiday weeks where Danish ones fall (Easter, Ascension, Whitsun, Christmas).
 */
export function syntheticRotation(options: SyntheticOptions): Rotation {
  const next = random(options.seed * 7919 + 13);
  next();
  const count = options.engineers ?? 14;
  const years = options.years ?? 5;
  const start = dayNumber(SYNTHETIC_START);
  const engineers = Array.from({length: count}, (_, i) => ({
    id: `e${i + 1}`,
    name: `Engineer ${i + 1}`,
    github: `engineer-${i + 1}`,
    chat: `@engineer${i + 1}`,
  }));
  const timeOff: TimeOff[] = [];
  if (options.timeOffEvery) {
    for (const engineer of engineers) {
      let day = Math.floor(next() * options.timeOffEvery);
      while (day < years * 364) {
        const length = 3 + Math.floor(next() * 18);
        timeOff.push({
          engineer: engineer.id,
          from: isoDate(start + day),
          to: isoDate(start + day + length - 1),
        });
        day +=
          length +
          options.timeOffEvery / 2 +
          Math.floor(next() * options.timeOffEvery);
      }
    }
  }
  const holidays: Holiday[] = [];
  if (options.holidays ?? true) {
    for (let year = 0; year < years; year++) {
      for (const [week, weekday, name] of [
        [0, 3, 'New Year'],
        [12, 3, 'Easter Thursday'],
        [12, 4, 'Easter Friday'],
        [13, 0, 'Easter Monday'],
        [19, 3, 'Ascension'],
        [20, 0, 'Whit Monday'],
        [51, 3, 'Christmas'],
      ] as const) {
        holidays.push({
          date: isoDate(start + (year * 52 + week) * 7 + weekday),
          name,
        });
      }
    }
  }
  return {
    timeZone: 'Europe/Copenhagen',
    handoff: {weekday: 'monday', time: '09:00'},
    seats: options.seats ?? ['primary', 'secondary'],
    start: SYNTHETIC_START,
    seed: `synthetic-${options.seed}`,
    engineers,
    timeOff,
    holidays,
    overrides: [],
  };
}

/**
 * Engineer ids per shift index, seats in order: as scheduled by the rotation,
 * or (`afterOverrides`) as the swaps in the data change it.
 */
export function crews(
  schedule: RotationSchedule,
  shifts: number,
  afterOverrides = false,
): string[][] {
  return Array.from({length: shifts}, (_, index) =>
    schedule
      .shift(index)
      .seats.map((seat) => (afterOverrides ? seat.engineer : seat.scheduled)),
  );
}
