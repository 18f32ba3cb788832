import type {ReactNode} from 'react';
import clsx from 'clsx';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {FAIRNESS_WEEKS} from '@site/src/lib/rotation/schedule';
import type {RotationSchedule} from '@site/src/lib/rotation/schedule';
import {capitalise} from '@site/src/lib/text';
import {formatDate} from '../../_utils';
import styles from './styles.module.css';

interface Props {
  readonly schedule: RotationSchedule;
  /** First shift counted: the one running now. */
  readonly from: number;
  readonly engineer?: string;
}

/** Seats per engineer over the coming 26 weeks, overrides included. */
export default function FairnessTable({
  schedule,
  from,
  engineer,
}: Props): ReactNode {
  const {rotation} = schedule;
  const first = Math.max(0, from);
  const rows = schedule.fairness(first, FAIRNESS_WEEKS);
  const names = new Map(rotation.engineers.map((e) => [e.id, e.name]));
  const start = schedule.shift(first).start;
  const end = schedule.shift(first + FAIRNESS_WEEKS - 1).end;
  return (
    <div className={styles.table}>
      <ScrollableTable>
        <caption className={styles.caption}>
          Shifts per engineer, {formatDate(start)} to {formatDate(end)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Engineer</th>
            <th scope="col">Shifts</th>
            {rotation.seats.map((seat) => (
              <th key={seat} scope="col">
                {capitalise(seat)}
              </th>
            ))}
            <th scope="col">Holidays</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.engineer}
              className={clsx(row.engineer === engineer && styles.selected)}>
              <th scope="row">{names.get(row.engineer)}</th>
              <td>{row.shifts}</td>
              {row.bySeat.map((count, s) => (
                <td key={rotation.seats[s]}>{count}</td>
              ))}
              <td>{row.holidayShifts}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </div>
  );
}
