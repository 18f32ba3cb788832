import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import {site} from '@site/src/data/site';
import {formatEventTime} from '@site/src/lib/events/format';
import {isHappening, type CommunityEvent} from '@site/src/lib/events/model';
import styles from './styles.module.css';

/** The current time for the cards (./useNow.ts). */
export {useNow} from './useNow';

interface Props {
  readonly event: CommunityEvent;
  /** An invitation (upcoming) or a recap (past). */
  readonly variant: 'invitation' | 'recap';
  readonly headingLevel: 'h2' | 'h3';
  readonly now: Date;
}

/** One event: when, where, and what to do about it. */
export default function EventCard({
  event,
  variant,
  headingLevel,
  now,
}: Props): ReactNode {
  const happening = variant === 'invitation' && isHappening(event, now);
  return (
    <article className={clsx(styles.card, styles[variant])}>
      <Heading as={headingLevel} className={styles.title}>
        <Link className={styles.titleLink} to={event.permalink}>
          {event.title}
        </Link>
      </Heading>
      <p className={styles.when}>
        {happening && <strong className={styles.now}>Happening now</strong>}
        <time dateTime={event.start}>
          {formatEventTime(event.start, event.end, site.timeZone)}
        </time>
      </p>
      {variant === 'invitation' && (
        <p className={styles.where}>
          {event.location ?? 'Online'}
          {event.location && event.callLink && ', and online'}
        </p>
      )}
      <p className={styles.description}>{event.description}</p>
      <div className={styles.actions}>
        {variant === 'invitation' ? (
          <>
            {event.signupLink && (
              <Link
                className="button button--primary button--sm"
                href={event.signupLink}
                aria-label={`Sign up: ${event.title}`}>
                Sign up
              </Link>
            )}
            {event.callLink && (
              <Link
                className="button button--secondary button--sm"
                href={event.callLink}
                aria-label={`Join the call: ${event.title}`}>
                Join the call
              </Link>
            )}
            <Link
              className="button button--secondary button--sm"
              to={`pathname://${event.calendarPath}`}
              target="_self"
              download
              aria-label={`Add to calendar: ${event.title}`}>
              Add to calendar
            </Link>
            <Link
              className={styles.more}
              to={event.permalink}
              aria-label={`Details: ${event.title}`}>
              Details
            </Link>
          </>
        ) : (
          <Link
            className={styles.more}
            to={event.permalink}
            aria-label={`Read the recap: ${event.title}`}>
            Read the recap
          </Link>
        )}
      </div>
    </article>
  );
}
