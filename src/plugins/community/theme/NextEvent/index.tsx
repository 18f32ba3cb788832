import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import data from '@generated/community/default/events.json';

import EventCard, {useNow} from '@theme/EventCard';
import {nextEvent} from '@site/src/lib/events/model';
import styles from './styles.module.css';

/** The home page's invitation to the next event, decided with the reader's clock. */
export default function NextEvent(): ReactNode {
  const now = useNow(data.builtAt);
  const event = nextEvent(data.events, now);
  return (
    <>
      {event ? (
        <EventCard
          event={event}
          variant="invitation"
          headingLevel="h3"
          now={now}
        />
      ) : (
        <p>No event is scheduled right now.</p>
      )}
      <p className={styles.more}>
        <Link to="/events">All events and recaps</Link>
      </p>
    </>
  );
}
