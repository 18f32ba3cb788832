import type {ReactNode} from 'react';
import clsx from 'clsx';

import {
  addMonths,
  formatMonth,
  monthWeeks,
  type Month,
} from '@site/src/lib/rotation/calendar';
import type {RotationSchedule, Shift} from '@site/src/lib/rotation/schedule';
import {capitalise} from '@site/src/lib/text';
import {formatDate, formatMonthName, weekdaysFrom} from '../../_utils';
import styles from './styles.module.css';

interface Props {
  readonly schedule: RotationSchedule;
  readonly month: Month;
  readonly isCurrentMonth: boolean;
  /** Today in the rotation's time zone (YYYY-MM-DD). */
  readonly today: string;
  /** Show only this engineer's shifts. */
  readonly engineer?: string;
  readonly onMonthChange: (month: Month | null) => void;
}

function Crew({
  shift,
  engineer,
  names,
}: {
  shift: Shift;
  engineer?: string;
  names: ReadonlyMap<string, string>;
}): ReactNode {
  if (engineer && !shift.seats.some((s) => s.engineer === engineer)) {
    return <span className={styles.notOn}>Not on support</span>;
  }
  return (
    <ul className={styles.crew}>
      {shift.seats.map(({seat, engineer: id, override}) => (
        <li
          key={seat}
          className={clsx(id === engineer && styles.mine)}
          title={override?.reason}>
          <span className={styles.seatName}>{capitalise(seat)}</span>{' '}
          {names.get(id)}
          {override && <span className={styles.swap}> (swap)</span>}
        </li>
      ))}
    </ul>
  );
}

/** A month of shifts: one row group per shift, a column per weekday. */
export default function MonthCalendar({
  schedule,
  month,
  isCurrentMonth,
  today,
  engineer,
  onMonthChange,
}: Props): ReactNode {
  const {rotation} = schedule;
  const names = new Map(rotation.engineers.map((e) => [e.id, e.name]));
  const weeks = monthWeeks(schedule, month);
  const weekdays = weekdaysFrom(rotation.handoff.weekday);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const label = formatMonthName(month);
  const holidays = weeks
    .flatMap((week) => week.days)
    .filter((day) => day.inMonth)
    .flatMap((day) => day.holidays);

  return (
    <div className={styles.calendar}>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => onMonthChange(previous)}
          aria-label={`Previous month, ${formatMonthName(previous)}`}>
          ← <span className={styles.buttonText}>Previous</span>
        </button>
        <p className={styles.monthName} aria-live="polite" id="calendar-month">
          {label}
        </p>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => onMonthChange(next)}
          aria-label={`Next month, ${formatMonthName(next)}`}>
          <span className={styles.buttonText}>Next</span> →
        </button>
        <button
          type="button"
          className="button button--link button--sm"
          onClick={() => onMonthChange(null)}
          disabled={isCurrentMonth}>
          This month
        </button>
      </div>
      <table className={styles.table} data-month={formatMonth(month)}>
        <caption className="visually-hidden">
          Support shifts in {label}, one row group per shift; dates in{' '}
          {rotation.timeZone} time
        </caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.long} scope="col">
                <abbr title={day.long}>{day.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {weeks.map((week) => {
          const mine =
            engineer !== undefined &&
            week.shift?.seats.some((s) => s.engineer === engineer);
          return (
            <tbody
              key={week.index}
              className={clsx(styles.week, mine && styles.weekMine)}>
              <tr>
                <th scope="rowgroup" colSpan={7} className={styles.shiftHead}>
                  <span className={styles.range}>
                    {formatDate(week.days[0]!.date, false)} to{' '}
                    {formatDate(week.days[6]!.date, false)}
                  </span>
                  {week.shift ? (
                    <Crew
                      shift={week.shift}
                      engineer={engineer}
                      names={names}
                    />
                  ) : (
                    <span className={styles.notOn}>
                      Before the rotation started
                    </span>
                  )}
                </th>
              </tr>
              <tr>
                {week.days.map((day) => {
                  const isToday = day.date === today;
                  return (
                    <td
                      key={day.date}
                      className={clsx(
                        styles.day,
                        !day.inMonth && styles.outside,
                        isToday && styles.today,
                        day.holidays.length > 0 && styles.holiday,
                      )}
                      aria-current={isToday ? 'date' : undefined}>
                      <span className={styles.dayNumber}>
                        <span className="visually-hidden">
                          {formatDate(day.date)}
                        </span>
                        <span aria-hidden="true">{day.dayOfMonth}</span>
                      </span>
                      {isToday && (
                        <span className={styles.todayLabel}>Today</span>
                      )}
                      {day.holidays.map((holiday) => (
                        <span key={holiday.name} className={styles.holidayName}>
                          {holiday.name}
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            </tbody>
          );
        })}
      </table>
      {holidays.length > 0 && (
        <p className={styles.holidayList}>
          Holidays in {label}:{' '}
          {holidays
            .map((h) => `${formatDate(h.date, false)}, ${h.name}`)
            .join('; ')}
          .
        </p>
      )}
    </div>
  );
}
