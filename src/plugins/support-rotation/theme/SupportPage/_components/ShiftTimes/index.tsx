import type {ReactNode} from 'react';

import type {Shift} from '@site/src/lib/rotation/schedule';
import {formatInstant, zoneCity} from '../../_utils';
import styles from './styles.module.css';

interface Props {
  readonly shift: Shift;
  readonly rotationZone: string;
  readonly readerZone: string;
}

/** A shift's start and end in the rotation's time zone, and in the reader's when it differs. */
export default function ShiftTimes({
  shift,
  rotationZone,
  readerZone,
}: Props): ReactNode {
  return (
    <>
      <span className={styles.line}>
        <time dateTime={new Date(shift.startsAt).toISOString()}>
          {formatInstant(shift.startsAt, rotationZone)}
        </time>{' '}
        to{' '}
        <time dateTime={new Date(shift.endsAt).toISOString()}>
          {formatInstant(shift.endsAt, rotationZone)}
        </time>{' '}
        {zoneCity(rotationZone)} time
      </span>
      {readerZone !== rotationZone && (
        <span className={styles.reader}>
          Your time ({readerZone}): {formatInstant(shift.startsAt, readerZone)}{' '}
          to {formatInstant(shift.endsAt, readerZone)}
        </span>
      )}
    </>
  );
}
