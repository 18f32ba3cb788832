import type {ReactNode} from 'react';

import type {Shift} from '@site/src/lib/rotation/schedule';
import {formatInstant, zoneCity} from '../../_utils';

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
  const other = readerZone !== rotationZone;
  return (
    <>
      <time dateTime={new Date(shift.startsAt).toISOString()}>
        {formatInstant(shift.startsAt, rotationZone)}
      </time>{' '}
      to{' '}
      <time dateTime={new Date(shift.endsAt).toISOString()}>
        {formatInstant(shift.endsAt, rotationZone)}
      </time>{' '}
      {zoneCity(rotationZone)} time
      {other && (
        <>
          {' '}
          ({formatInstant(shift.startsAt, readerZone)} to{' '}
          {formatInstant(shift.endsAt, readerZone)} your time)
        </>
      )}
    </>
  );
}
