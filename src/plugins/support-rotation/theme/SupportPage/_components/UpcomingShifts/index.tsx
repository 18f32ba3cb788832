import type {ReactNode} from 'react';
import clsx from 'clsx';

import {upcomingShifts} from '@site/src/lib/rotation/calendar';
import type {RotationSchedule} from '@site/src/lib/rotation/schedule';
import {capitalise} from '@site/src/lib/text';
import ShiftTimes from '../ShiftTimes';
import styles from './styles.module.css';

interface Props {
  readonly schedule: RotationSchedule;
  readonly now: number;
  readonly readerZone: string;
  readonly engineer?: string;
  readonly count?: number;
}

/** The next shifts from now on, or the next shifts of one engineer. */
export default function UpcomingShifts({
  schedule,
  now,
  readerZone,
  engineer,
  count = 6,
}: Props): ReactNode {
  const {rotation} = schedule;
  const people = new Map(rotation.engineers.map((e) => [e.id, e]));
  const shifts = upcomingShifts(schedule, now, count, engineer);
  if (shifts.length === 0) {
    return <p>No shifts in the next three years.</p>;
  }
  return (
    <ol className={styles.list} aria-label="Upcoming shifts">
      {shifts.map((shift) => {
        const current = shift.startsAt <= now && now < shift.endsAt;
        return (
          <li
            key={shift.index}
            className={clsx(styles.item, current && styles.current)}>
            <p className={styles.when}>
              {current && <strong className={styles.badge}>Now</strong>}
              <ShiftTimes
                shift={shift}
                rotationZone={rotation.timeZone}
                readerZone={readerZone}
              />
            </p>
            <ul className={styles.crew}>
              {shift.seats.map(({seat, engineer: id, scheduled, override}) => (
                <li key={seat} className={clsx(id === engineer && styles.mine)}>
                  {capitalise(seat)}: {people.get(id)?.name}{' '}
                  <span className={styles.chat}>{people.get(id)?.chat}</span>
                  {override && (
                    <span className={styles.note}>
                      {' '}
                      (instead of {people.get(scheduled)?.name}
                      {override.reason ? `: ${override.reason}` : ''})
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {shift.holidays.length > 0 && (
              <p className={styles.holidays}>
                Holidays: {shift.holidays.map((h) => h.name).join(', ')}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
