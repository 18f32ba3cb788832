/**
 * The support schedule: who sits in which seat of every weekly shift, computed
 * on demand for any date from the rotation data alone. The same data always
 * gives the same schedule, in the build (the feeds) and in the browser (the
 * page), however far ahead or back one looks; nothing is stored.
 *
 * How seats are filled, shift by shift from the start:
 * - The backbone is "longest wait first": every engineer keeps a stamp of when
 *   they last sat a seat, and the engineers who waited longest serve next. On
 *   its own this is a round robin, which is fair by construction: among
 *   engineers with the same availability, counts over any window differ by at
 *   most one. With an even roster it also pairs the same two people forever.
 * - So each shift may deviate from it a little: the engineer who waited
 *   longest always serves, and the other seats may go to the next few in line,
 *   preferring people who have sat together least (pairs vary) and, on a
 *   holiday shift, people with the fewest holiday shifts so far (holidays are
 *   shared too). A deviation is only taken when the 26-week window ending at
 *   this shift stays fair (see FAIRNESS_WEEKS) and when the plain round robin
 *   from there on stays fair for another 26 weeks, so a deviation never
 *   corners a later shift.
 * - Nobody serves two shifts in a row unless too few engineers are free.
 * - Time off, joining and leaving make an engineer unavailable for every shift
 *   whose seven days they touch. Holidays never empty a seat.
 * - Overrides are applied last, to single seats: they do not move anyone
 *   else's shifts.
 * Work done is memoised: asking for shift 200 computes shifts 0-200 once.
 */
import {
  dayNumber,
  isoDate,
  parseWallTime,
  zonedDay,
  zonedInstant,
} from './dates';
import type {DayNumber, WallTime} from './dates';
import type {Engineer, Holiday, Override, Rotation} from './types';

/** Length of the window over which shift counts must not differ by more than one. */
export const FAIRNESS_WEEKS = 26;

/** How many engineers in line the non-primary seats may be chosen from. */
const ORDINARY_POOL = 4;
/** On holiday shifts the choice is wider, to share holidays out. */
const HOLIDAY_POOL = 8;

export interface ShiftSeat {
  readonly seat: string;
  /** Who sits the seat, after overrides. */
  readonly engineer: string;
  /** Who the rotation itself put there, before overrides. */
  readonly scheduled: string;
  /** The override that changed this seat, if any. */
  readonly override?: Override;
}

export interface Shift {
  /** 0 for the first shift of the rotation. */
  readonly index: number;
  /** Handoff day that starts the shift, YYYY-MM-DD in the rotation's zone. */
  readonly start: string;
  /** Handoff day that ends it (the next shift's start). */
  readonly end: string;
  /** Instant of the starting handoff, ms since the epoch. */
  readonly startsAt: number;
  /** Instant of the ending handoff (exclusive). */
  readonly endsAt: number;
  /** The seven dates the shift covers, from its handoff day on. */
  readonly days: readonly string[];
  readonly holidays: readonly Holiday[];
  readonly seats: readonly ShiftSeat[];
}

export interface FairnessRow {
  readonly engineer: string;
  readonly shifts: number;
  /** Shifts per seat name, in the rotation's seat order. */
  readonly bySeat: readonly number[];
  readonly holidayShifts: number;
}

/** Why a week cannot be filled: too few engineers free for the seats. */
export class UnfillableShiftError extends Error {
  constructor(
    readonly start: string,
    readonly available: readonly string[],
    readonly seats: number,
  ) {
    super(
      `The shift starting ${start} has ${available.length} engineer(s) available (${available.join(', ') || 'none'}) for ${seats} seats.`,
    );
    this.name = 'UnfillableShiftError';
  }
}

/** Seeded 32-bit FNV-1a: a stable, well-spread order for names. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) {
    return [[]];
  }
  const result: T[][] = [];
  for (let i = 0; i + size <= items.length; i++) {
    for (const rest of combinations(items.slice(i + 1), size - 1)) {
      result.push([items[i]!, ...rest]);
    }
  }
  return result;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return a[i]! - b[i]!;
    }
  }
  return 0;
}

/** Inclusive range of shift indexes; `to` may be Infinity. */
interface Interval {
  readonly from: number;
  readonly to: number;
}

/** What the round robin needs to know about each engineer (by roster position). */
interface State {
  stamps: number[];
  /** Shift indexes each engineer served, oldest first. */
  served: number[][];
  counter: number;
}

function cloneState(state: State, keepFrom: number): State {
  return {
    stamps: [...state.stamps],
    served: state.served.map((list) => list.filter((k) => k >= keepFrom)),
    counter: state.counter,
  };
}

function lastServed(state: State, engineer: number): number | undefined {
  return state.served[engineer]!.at(-1);
}

export class RotationSchedule {
  readonly rotation: Rotation;
  private readonly engineers: readonly Engineer[];
  private readonly startDay: DayNumber;
  private readonly handoff: WallTime;
  private readonly seatCount: number;
  private readonly unavailable: readonly Interval[][];
  private readonly holidaysByShift = new Map<number, Holiday[]>();
  private readonly overrides = new Map<string, Override>();
  private readonly groupsCache = new Map<number, number[][]>();
  /** startsAt() by shift index: each costs four time-zone conversions. */
  private readonly startsAtCache = new Map<number, number>();

  // Memoised forward computation.
  private readonly assigned: number[][] = [];
  private readonly state: State;
  private readonly lastSeat: (number | undefined)[];
  private readonly primaries: number[];
  private readonly holidayShifts: number[];
  private readonly pairs = new Map<string, number>();
  private readonly fallbacks: number[] = [];

  constructor(rotation: Rotation) {
    this.rotation = rotation;
    this.engineers = rotation.engineers;
    this.startDay = dayNumber(rotation.start);
    const handoff = parseWallTime(rotation.handoff.time);
    if (!handoff) {
      throw new Error(`Handoff time "${rotation.handoff.time}" is not HH:MM.`);
    }
    this.handoff = handoff;
    this.seatCount = rotation.seats.length;

    const byId = new Map(this.engineers.map((e, i) => [e.id, i]));
    this.unavailable = this.engineers.map((engineer) => {
      const intervals: Interval[] = [];
      if (engineer.from !== undefined) {
        const first = Math.ceil((dayNumber(engineer.from) - this.startDay) / 7);
        intervals.push({from: 0, to: first - 1});
      }
      if (engineer.until !== undefined) {
        const last = Math.floor(
          (dayNumber(engineer.until) - this.startDay - 6) / 7,
        );
        intervals.push({from: last + 1, to: Infinity});
      }
      return intervals;
    });
    for (const off of rotation.timeOff) {
      const engineer = byId.get(off.engineer);
      if (engineer === undefined) {
        continue;
      }
      this.unavailable[engineer]!.push(this.shiftsTouching(off.from, off.to));
    }
    for (const holiday of rotation.holidays) {
      const index = Math.floor((dayNumber(holiday.date) - this.startDay) / 7);
      if (index >= 0) {
        const list = this.holidaysByShift.get(index) ?? [];
        list.push(holiday);
        list.sort((a, b) => a.date.localeCompare(b.date));
        this.holidaysByShift.set(index, list);
      }
    }
    for (const override of rotation.overrides) {
      this.overrides.set(`${override.shift}/${override.seat}`, override);
    }

    // The first order comes from the seed: before anyone has served, the
    // engineer with the lowest hash has "waited longest".
    const order = this.engineers
      .map((engineer, i) => ({
        i,
        hash: hashString(`${rotation.seed}:${engineer.id}`),
      }))
      .sort((a, b) => a.hash - b.hash || a.i - b.i);
    const stamps = new Array<number>(this.engineers.length);
    order.forEach(({i}, rank) => {
      stamps[i] = rank - order.length;
    });
    this.state = {
      stamps,
      served: this.engineers.map(() => []),
      counter: 0,
    };
    this.lastSeat = this.engineers.map(() => undefined);
    this.primaries = this.engineers.map(() => 0);
    this.holidayShifts = this.engineers.map(() => 0);
  }

  /** Shift indexes whose seven days touch the dates `from`-`to` (inclusive). */
  shiftsTouching(from: string, to: string): Interval {
    const first = Math.ceil((dayNumber(from) - this.startDay - 6) / 7);
    const last = Math.floor((dayNumber(to) - this.startDay) / 7);
    return {from: Math.max(0, first), to: last};
  }

  isAvailable(engineerId: string, index: number): boolean {
    const engineer = this.engineers.findIndex((e) => e.id === engineerId);
    return engineer >= 0 && this.available(engineer, index);
  }

  /** Index of the shift that starts on `date` (a handoff day), or undefined. */
  indexStartingOn(date: string): number | undefined {
    const offset = dayNumber(date) - this.startDay;
    return offset >= 0 && offset % 7 === 0 ? offset / 7 : undefined;
  }

  /** Index of the shift whose seven days include `date`; negative before the start. */
  indexOfDate(date: string): number {
    return Math.floor((dayNumber(date) - this.startDay) / 7);
  }

  startsAt(index: number): number {
    let instant = this.startsAtCache.get(index);
    if (instant === undefined) {
      instant = zonedInstant(
        this.startDay + index * 7,
        this.handoff,
        this.rotation.timeZone,
      );
      this.startsAtCache.set(index, instant);
    }
    return instant;
  }

  /** Index of the shift running at `instant`; negative before the first handoff. */
  indexAt(instant: number): number {
    const day = zonedDay(instant, this.rotation.timeZone);
    let index = Math.floor((day - this.startDay) / 7);
    // Early on a handoff day, the previous shift is still on.
    if (instant < this.startsAt(index)) {
      index -= 1;
    }
    return index;
  }

  /** The shift running at `instant`, or undefined before the rotation starts. */
  shiftAt(instant: number): Shift | undefined {
    const index = this.indexAt(instant);
    return index >= 0 ? this.shift(index) : undefined;
  }

  /** Shifts that overlap the instants [from, to). */
  shiftsBetween(from: number, to: number): Shift[] {
    const shifts: Shift[] = [];
    for (
      let index = Math.max(0, this.indexAt(from));
      this.startsAt(index) < to;
      index++
    ) {
      shifts.push(this.shift(index));
    }
    return shifts;
  }

  shift(index: number): Shift {
    if (!Number.isInteger(index) || index < 0) {
      throw new RangeError(`No shift ${index}: shifts are numbered from 0.`);
    }
    const assigned = this.assignment(index);
    const first = this.startDay + index * 7;
    const start = isoDate(first);
    const seats = this.rotation.seats.map((seat, s): ShiftSeat => {
      const scheduled = this.engineers[assigned[s]!]!.id;
      const override = this.overrides.get(`${start}/${seat}`);
      return override
        ? {seat, engineer: override.engineer, scheduled, override}
        : {seat, engineer: scheduled, scheduled};
    });
    return {
      index,
      start,
      end: isoDate(first + 7),
      startsAt: this.startsAt(index),
      endsAt: this.startsAt(index + 1),
      days: Array.from({length: 7}, (_, d) => isoDate(first + d)),
      holidays: this.holidaysByShift.get(index) ?? [],
      seats,
    };
  }

  /** Seats per engineer over `count` shifts from `first`, overrides included, in roster order. */
  fairness(first: number, count: number): FairnessRow[] {
    const rows = new Map(
      this.engineers.map((e) => [
        e.id,
        {shifts: 0, bySeat: this.rotation.seats.map(() => 0), holidayShifts: 0},
      ]),
    );
    for (let index = Math.max(0, first); index < first + count; index++) {
      const shift = this.shift(index);
      shift.seats.forEach(({engineer}, s) => {
        const row = rows.get(engineer);
        if (row) {
          row.shifts += 1;
          row.bySeat[s]! += 1;
          row.holidayShifts += shift.holidays.length > 0 ? 1 : 0;
        }
      });
    }
    return this.engineers.map((e) => ({engineer: e.id, ...rows.get(e.id)!}));
  }

  /**
   * Shifts (by index, among those computed so far) where no choice kept the
   * 26-week window fair and the plain round robin was used as it was. Tests
   * assert there are none for the data they cover.
   */
  get unfairShifts(): readonly number[] {
    return this.fallbacks;
  }

  private available(engineer: number, index: number): boolean {
    return !this.unavailable[engineer]!.some(
      ({from, to}) => index >= from && index <= to,
    );
  }

  /** Engineers grouped by identical availability over the window ending at `index`. */
  private groups(index: number): number[][] {
    const cached = this.groupsCache.get(index);
    if (cached) {
      return cached;
    }
    const from = Math.max(0, index - FAIRNESS_WEEKS + 1);
    const byKey = new Map<string, number[]>();
    this.unavailable.forEach((intervals, engineer) => {
      const key = intervals
        .filter((i) => i.from <= index && i.to >= from)
        .map((i) => `${Math.max(i.from, from)}-${Math.min(i.to, index)}`)
        .sort()
        .join(',');
      byKey.set(key, [...(byKey.get(key) ?? []), engineer]);
    });
    const groups = [...byKey.values()].filter((group) => group.length > 1);
    this.groupsCache.set(index, groups);
    return groups;
  }

  /** Whether the window ending at `index` stays fair if `chosen` serve it. */
  private fair(
    state: State,
    index: number,
    chosen: readonly number[],
  ): boolean {
    const from = Math.max(0, index - FAIRNESS_WEEKS + 1);
    for (const group of this.groups(index)) {
      let min = Infinity;
      let max = -Infinity;
      for (const engineer of group) {
        const served = state.served[engineer]!;
        let count = chosen.includes(engineer) ? 1 : 0;
        for (let i = served.length - 1; i >= 0 && served[i]! >= from; i--) {
          count += 1;
        }
        min = Math.min(min, count);
        max = Math.max(max, count);
      }
      if (max - min > 1) {
        return false;
      }
    }
    return true;
  }

  /** Available engineers in round-robin order: rested ones first, then last week's. */
  private queue(
    state: State,
    index: number,
  ): {rested: number[]; tired: number[]} {
    const available = this.engineers
      .map((_, i) => i)
      .filter((i) => this.available(i, index));
    const byStamp = (a: number, b: number) =>
      state.stamps[a]! - state.stamps[b]!;
    const rested = available
      .filter((i) => lastServed(state, i) !== index - 1)
      .sort(byStamp);
    const tired = available
      .filter((i) => lastServed(state, i) === index - 1)
      .sort(byStamp);
    if (rested.length + tired.length < this.seatCount) {
      throw new UnfillableShiftError(
        isoDate(this.startDay + index * 7),
        available.map((i) => this.engineers[i]!.id),
        this.seatCount,
      );
    }
    return {rested, tired};
  }

  private serve(state: State, index: number, chosen: readonly number[]): void {
    // New stamps keep the old order among the chosen (not the seat order), so
    // two engineers with the same availability keep taking turns.
    const inLine = [...chosen].sort(
      (a, b) => state.stamps[a]! - state.stamps[b]!,
    );
    for (const engineer of inLine) {
      state.stamps[engineer] = state.counter++;
      state.served[engineer]!.push(index);
    }
  }

  /** Whether the plain round robin stays fair for 26 shifts after `chosen` serve `index`. */
  private safeAhead(index: number, chosen: readonly number[]): boolean {
    const state = cloneState(this.state, index - FAIRNESS_WEEKS);
    this.serve(state, index, chosen);
    for (let next = index + 1; next <= index + FAIRNESS_WEEKS; next++) {
      const {rested, tired} = this.queue(state, next);
      const plain = [...rested, ...tired].slice(0, this.seatCount);
      if (!this.fair(state, next, plain)) {
        return false;
      }
      this.serve(state, next, plain);
    }
    return true;
  }

  /**
   * How many of `set` cannot move to another seat than last time: two who
   * both sat the primary seat last time cannot both move down, and so on.
   */
  private seatClashes(set: readonly number[]): number {
    const seen = new Set<number>();
    let clashes = 0;
    for (const engineer of set) {
      const seat = this.lastSeat[engineer];
      if (seat !== undefined) {
        clashes += seen.has(seat) ? 1 : 0;
        seen.add(seat);
      }
    }
    return clashes;
  }

  private pairCount(a: number, b: number): number {
    return this.pairs.get(a < b ? `${a}/${b}` : `${b}/${a}`) ?? 0;
  }

  private choose(index: number): number[] {
    const {rested, tired} = this.queue(this.state, index);
    const plain = [...rested, ...tired].slice(0, this.seatCount);
    const holiday = this.holidaysByShift.has(index);
    if (rested.length >= this.seatCount) {
      const pool = rested.slice(0, holiday ? HOLIDAY_POOL : ORDINARY_POOL);
      const rank = new Map(rested.map((engineer, i) => [engineer, i]));
      const score = (set: number[]): number[] => [
        holiday
          ? set.reduce((sum, e) => sum + this.holidayShifts[e]! ** 2, 0)
          : 0,
        this.seatClashes(set),
        combinations(set, 2).reduce(
          (sum, [a, b]) => sum + this.pairCount(a!, b!),
          0,
        ),
        set.reduce((sum, e) => sum + rank.get(e)!, 0),
        hashString(`${this.rotation.seed}:${index}:${set.join(',')}`),
      ];
      const candidates = combinations(pool, this.seatCount)
        // Outside holidays, whoever waited longest always serves, which
        // bounds how long anyone can be passed over.
        .filter((set) => holiday || set.includes(pool[0]!))
        .map((set) => ({set, score: score(set)}))
        .sort((a, b) => compareTuples(a.score, b.score));
      for (const {set} of candidates) {
        const isPlain = set.every((e) => plain.includes(e));
        if (
          this.fair(this.state, index, set) &&
          (isPlain || this.safeAhead(index, set))
        ) {
          return set;
        }
      }
    }
    if (!this.fair(this.state, index, plain)) {
      this.fallbacks.push(index);
    }
    return plain;
  }

  /** Engineer positions per seat for shift `index`, before overrides. */
  private assignment(index: number): number[] {
    while (this.assigned.length <= index) {
      const current = this.assigned.length;
      const chosen = this.choose(current);
      // Seats: whoever sat a lower seat last time moves up, so everyone
      // alternates between primary and secondary.
      const seatKey = (e: number): number[] => [
        -(this.lastSeat[e] ?? this.seatCount),
        this.primaries[e]!,
        this.state.stamps[e]!,
      ];
      const ordered = [...chosen].sort((a, b) =>
        compareTuples(seatKey(a), seatKey(b)),
      );
      const holiday = this.holidaysByShift.has(current);
      ordered.forEach((engineer, seat) => {
        this.lastSeat[engineer] = seat;
        if (seat === 0) {
          this.primaries[engineer]! += 1;
        }
        if (holiday) {
          this.holidayShifts[engineer]! += 1;
        }
      });
      for (const [a, b] of combinations(ordered, 2)) {
        const key = a! < b! ? `${a}/${b}` : `${b}/${a}`;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
      this.serve(this.state, current, ordered);
      this.assigned.push(ordered);
    }
    return this.assigned[index]!;
  }
}
