import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import data from '@generated/community/default/events.json';

import EventCard, {useNow} from '@theme/EventCard';
import {site} from '@site/src/data/site';
import {splitEvents} from '@site/src/lib/events/model';
import styles from './styles.module.css';

const FEED_PATH = '/events.ics';

type EventList = ReturnType<typeof splitEvents>['upcoming'];

interface EventSectionProps {
  readonly id: string;
  readonly title: string;
  readonly events: EventList;
  readonly variant: 'invitation' | 'recap';
  readonly now: Date;
  /** What the section says when it has no event. */
  readonly empty: string;
}

/** Upcoming or past events, as an ordered list of cards. */
function EventSection({
  id,
  title,
  events,
  variant,
  now,
  empty,
}: EventSectionProps): ReactNode {
  return (
    <section aria-label={title}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {events.length > 0 ? (
        <ol className={styles.list}>
          {events.map((event) => (
            <li key={event.id}>
              <EventCard
                event={event}
                variant={variant}
                headingLevel="h3"
                now={now}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}

export default function EventsPage(): ReactNode {
  const now = useNow(data.builtAt);
  const {upcoming, past} = splitEvents(data.events, now);
  const {siteConfig} = useDocusaurusContext();
  const feedUrl = new URL(useBaseUrl(FEED_PATH), siteConfig.url).href;
  return (
    <Layout
      title="Events"
      description={`Workshops, deep dives, office hours and meetups of the ${site.organisation} platform team, with a calendar to subscribe to.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Events</Heading>
        <p>
          Deep dives, office hours and meetups of the platform team, each
          announced on the <Link to="/blog/tags/events">blog</Link>. Come in
          person or join the call; after an event, its post becomes the recap.
        </p>
        <div className={styles.subscribe}>
          <p>
            <Link to={`pathname://${FEED_PATH}`} target="_self">
              Subscribe to the events calendar
            </Link>{' '}
            to see new events in your calendar as they are announced. In Outlook
            or Thunderbird, add a calendar from the internet with this address:
          </p>
          <code className={styles.feedUrl}>{feedUrl}</code>
        </div>

        {/* Sections are named with aria-label, not aria-labelledby: the
            heading holds a "Direct link" anchor whose label would join the
            name. */}
        <EventSection
          id="upcoming"
          title="Upcoming events"
          events={upcoming}
          variant="invitation"
          now={now}
          empty="No event is scheduled right now. Subscribe to the calendar above to hear about the next one."
        />

        <EventSection
          id="past"
          title="Past events and recaps"
          events={past}
          variant="recap"
          now={now}
          empty="No event has taken place yet."
        />
      </main>
    </Layout>
  );
}
