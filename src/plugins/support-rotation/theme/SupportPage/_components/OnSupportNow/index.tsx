import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import type {RotationSchedule} from '@site/src/lib/rotation/schedule';
import type {Engineer} from '@site/src/lib/rotation/types';
import {site} from '@site/src/data/site';
import {profileUrl} from '@site/src/lib/github';
import {capitalise} from '@site/src/lib/text';
import {formatInstant, zoneCity} from '../../_utils';
import ShiftTimes from '../ShiftTimes';
import styles from './styles.module.css';

interface Props {
  readonly schedule: RotationSchedule;
  readonly now: number | null;
  readonly readerZone: string | null;
}

function Person({
  engineer,
  seat,
}: {
  engineer: Engineer;
  seat: string;
}): ReactNode {
  return (
    <li className={styles.person}>
      <span className={styles.seat}>{capitalise(seat)}</span>
      <span className={styles.name}>{engineer.name}</span>
      <span className={styles.handle}>
        chat <code>{engineer.chat}</code>
      </span>
      <span className={styles.handle}>
        GitHub{' '}
        <Link href={profileUrl(site.github, engineer.github).href}>
          @{engineer.github}
        </Link>
      </span>
    </li>
  );
}

/** The engineers on the shift running now, worked out in the reader's browser. */
export default function OnSupportNow({
  schedule,
  now,
  readerZone,
}: Props): ReactNode {
  const {rotation} = schedule;
  const people = new Map(rotation.engineers.map((e) => [e.id, e]));
  let body: ReactNode;
  if (now === null || readerZone === null) {
    // The server does not know when the page is read: the browser fills this
    // in. Until then the card keeps the shape of the answer, a block per seat
    // and the shift's times (those of the first shift, hidden, hold the
    // space), so nothing below it moves when the names arrive.
    const sample = schedule.shiftAt(schedule.startsAt(0));
    body = (
      <>
        <ul className={styles.people} aria-hidden="true">
          {rotation.seats.map((seat) => (
            <li key={seat} className={styles.person}>
              <span className={styles.seat}>{capitalise(seat)}</span>
              <span className={styles.name}>…</span>
              <span className={styles.handle}>chat …</span>
              <span className={styles.handle}>GitHub …</span>
            </li>
          ))}
        </ul>
        <p className={`${styles.when} ${styles.pending}`}>
          {sample && (
            <span className={styles.sizer} aria-hidden="true">
              <ShiftTimes
                shift={sample}
                rotationZone={rotation.timeZone}
                readerZone={rotation.timeZone}
              />
            </span>
          )}
          <span className={sample ? styles.overSizer : undefined}>
            Working out who is on support…
          </span>
        </p>
      </>
    );
  } else {
    const shift = schedule.shiftAt(now);
    body = shift ? (
      <>
        <ul className={styles.people}>
          {shift.seats.map(({seat, engineer}) => (
            <Person key={seat} engineer={people.get(engineer)!} seat={seat} />
          ))}
        </ul>
        <p className={styles.when}>
          <ShiftTimes
            shift={shift}
            rotationZone={rotation.timeZone}
            readerZone={readerZone}
          />
        </p>
      </>
    ) : (
      <p>
        The rotation starts{' '}
        {formatInstant(schedule.startsAt(0), rotation.timeZone, true)},{' '}
        {zoneCity(rotation.timeZone)} time. Until then, ask in the channel.
      </p>
    );
  }
  return (
    <section className={styles.card} aria-labelledby="on-support-now">
      <Heading as="h2" id="on-support-now" className={styles.title}>
        On support now
      </Heading>
      {body}
      <p className={styles.channel}>
        <Link className="button button--primary" href={site.supportChannel.url}>
          Ask in {site.supportChannel.name}
        </Link>
      </p>
    </section>
  );
}
