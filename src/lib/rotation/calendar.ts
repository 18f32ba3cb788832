/**
 * The month view of the rotation: one row per shift, seven days per row,
 * starting on the handoff weekday so that a row is exactly one shift. Dates
 * are days in the rotation's time zone.
 */
import {dateParts, dayNumber, fromParts, isoDate, zonedDay} from './dates';
import type {RotationSchedule, Shift} from './schedule';
import type {Holiday} from './types';

export interface Month {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2027-06` → `{year: 2027, month: 6}`, or undefined. */
export function parseMonth(
  value: string | null | undefined,
): Month | undefined {
  const match = MONTH.exec(value ?? '');
  return match ? {year: Number(match[1]), month: Number(match[2])} : undefined;
}

export function formatMonth({year, month}: Month): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths({year, month}: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return {year: Math.floor(index / 12), month: (index % 12) + 1};
}

export function sameMonth(a: Month, b: Month): boolean {
  return a.year === b.year && a.month === b.month;
}

/** The month the rotation's clocks show at `instant`. */
export function monthAt(instant: number, timeZone: string): Month {
  const {year, month} = dateParts(zonedDay(instant, timeZone));
  return {year, month};
}

export interface CalendarDay {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly dayOfMonth: number;
  readonly inMonth: boolean;
  readonly holidays: readonly Holiday[];
}

export interface CalendarWeek {
  /** Shift index; negative for weeks before the rotation started. */
  readonly index: number;
  /** The shift, or undefined before the rotation started. */
  readonly shift?: Shift;
  readonly days: readonly CalendarDay[];
}

/** Every shift that covers a day of `month`, with its seven days. */
export function monthWeeks(
  schedule: RotationSchedule,
  month: Month,
): CalendarWeek[] {
  const first = fromParts(month.year, month.month, 1);
  const next = addMonths(month, 1);
  const last = fromParts(next.year, next.month, 1) - 1;
  const holidays = new Map<string, Holiday[]>();
  for (const holiday of schedule.rotation.holidays) {
    holidays.set(holiday.date, [
      ...(holidays.get(holiday.date) ?? []),
      holiday,
    ]);
  }
  const start = dayNumber(schedule.rotation.start);
  const weeks: CalendarWeek[] = [];
  for (
    let index = schedule.indexOfDate(isoDate(first));
    index <= schedule.indexOfDate(isoDate(last));
    index++
  ) {
    const firstDay = start + index * 7;
    weeks.push({
      index,
      ...(index >= 0 && {shift: schedule.shift(index)}),
      days: Array.from({length: 7}, (_, d) => {
        const day = firstDay + d;
        const date = isoDate(day);
        return {
          date,
          dayOfMonth: dateParts(day).day,
          inMonth: day >= first && day <= last,
          holidays: holidays.get(date) ?? [],
        };
      }),
    });
  }
  return weeks;
}

/**
 * Up to `count` shifts from the one running at `instant` on, only those where
 * `engineer` sits a seat if one is given. Looks at most `horizon` shifts ahead.
 */
export function upcomingShifts(
  schedule: RotationSchedule,
  instant: number,
  count: number,
  engineer?: string,
  horizon = 156,
): Shift[] {
  const first = Math.max(0, schedule.indexAt(instant));
  const shifts: Shift[] = [];
  for (
    let index = first;
    index < first + horizon && shifts.length < count;
    index++
  ) {
    const shift = schedule.shift(index);
    if (!engineer || shift.seats.some((s) => s.engineer === engineer)) {
      shifts.push(shift);
    }
  }
  return shifts;
}
