/**
 * Formatting for the support page. Everything here runs after hydration only
 * (the page renders a neutral state on the server), so the reader's locale
 * data and time zone never cause a hydration mismatch.
 */
import {startTransition, useEffect, useState} from 'react';

import {dateParts, dayNumber, WEEKDAYS} from '@site/src/lib/rotation/dates';
import type {Weekday} from '@site/src/lib/rotation/dates';
import type {Month} from '@site/src/lib/rotation/calendar';
import {capitalise} from '@site/src/lib/text';

const LOCALE = 'en-GB';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per set of options, made once: making one costs far more
 * than formatting with it, and the page formats hundreds of dates.
 */
function dateTimeFormat(
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, options);
    formats.set(key, format);
  }
  return format;
}

/** `Europe/Copenhagen` → `Copenhagen`, `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/** `Mon 14 Jun, 09:00` in `timeZone`. */
export function formatInstant(
  instant: number,
  timeZone: string,
  withYear = false,
): string {
  return dateTimeFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear && {year: 'numeric'}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
}

/** `09:00` in `timeZone`. */
export function formatTime(instant: number, timeZone: string): string {
  return dateTimeFormat({
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
}

/** A calendar date (YYYY-MM-DD): `Mon 14 Jun 2027`, or without the year. */
export function formatDate(date: string, withYear = true): string {
  const {year, month, day} = dateParts(dayNumber(date));
  return dateTimeFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear && {year: 'numeric'}),
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

/** `June 2027` */
export function formatMonthName({year, month}: Month): string {
  return dateTimeFormat({
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

/** The seven weekdays of a calendar row, starting on the handoff weekday. */
export function weekdaysFrom(first: Weekday): {long: string; short: string}[] {
  const start = WEEKDAYS.indexOf(first);
  return Array.from({length: 7}, (_, i) => {
    const name = WEEKDAYS[(start + i) % 7]!;
    return {long: capitalise(name), short: capitalise(name.slice(0, 3))};
  });
}

export interface Clock {
  /** Now, ms since the epoch; null on the server and during hydration. */
  readonly now: number | null;
  /** The reader's IANA time zone; null until known. */
  readonly timeZone: string | null;
}

/**
 * The reader's clock, read in the browser after hydration and every minute
 * after that, so "on support now" changes at the handoff while the page is open.
 */
export function useClock(intervalMs = 60_000): Clock {
  const [clock, setClock] = useState<Clock>({now: null, timeZone: null});
  useEffect(() => {
    // A transition, so React can render the card, the calendar, the list and
    // the fairness table in separate slices instead of one long task that
    // keeps the page from answering input while the schedule is worked out.
    const tick = () =>
      startTransition(() =>
        setClock({
          now: Date.now(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }),
      );
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return clock;
}
