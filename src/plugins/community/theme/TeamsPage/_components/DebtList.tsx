import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import {formatCalendarMonth} from '@site/src/lib/calendarDate';
import type {DebtItem} from '@site/src/lib/teams/page';
import {featureAnchor, teamAnchor} from './TeamsTable';
import styles from './teams.module.css';

interface Props {
  readonly items: readonly DebtItem[];
}

const formatDate = (date: string): string =>
  formatCalendarMonth(date.slice(0, 7), 'long');

/** Every custom adaptation of the platform, who depends on it and who owns it. */
export default function DebtList({items}: Props): ReactNode {
  return (
    <ul className={styles.debtList}>
      {items.map((item) => (
        <li key={item.id} className={styles.debtItem}>
          <Heading as="h3" id={featureAnchor(item.id)}>
            {item.name}
          </Heading>
          <p>{item.adaptation}</p>
          <dl className={styles.debtFacts}>
            <dt>Teams depending on it</dt>
            <dd>
              <ul className={styles.inlineList}>
                {item.teams.map((team) => (
                  <li key={team.id}>
                    {/* Without the query, so a filter cannot hide the row. */}
                    <Link to={`/teams#${teamAnchor(team.id)}`}>
                      {team.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Owner</dt>
            <dd>
              <Link to={`/teams#${teamAnchor(item.owner.id)}`}>
                {item.owner.name}
              </Link>
            </dd>
            <dt>Platform contact</dt>
            <dd>
              {item.platformContact.name}
              {item.platformContact.title && (
                <span className={styles.ownerTitle}>
                  , {item.platformContact.title}
                </span>
              )}
            </dd>
            <dt>Recorded</dt>
            <dd>
              <time dateTime={item.recorded}>{formatDate(item.recorded)}</time>
            </dd>
            <dt>Way out</dt>
            <dd>{item.exit}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
