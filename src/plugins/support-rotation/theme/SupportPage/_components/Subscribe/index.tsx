import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {feedUrls} from '@site/src/lib/rotation/feeds';
import {rotationJsonSegments} from '@site/src/lib/rotation/json';
import type {Engineer} from '@site/src/lib/rotation/types';
import styles from './styles.module.css';

interface Props {
  readonly engineers: readonly Engineer[];
  /** The engineer picked in the filter, whose feed is offered first. */
  readonly engineer?: Engineer;
}

function FeedLinks({
  engineer,
  what,
}: {
  engineer?: Engineer;
  what: string;
}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const urls = feedUrls(siteConfig.url, siteConfig.baseUrl, engineer?.id);
  return (
    <>
      {/* target=_self: calendar apps take over webcal: links, no new tab needed. */}
      <Link href={urls.webcal} target="_self">
        Subscribe<span className="visually-hidden"> to {what}</span>
      </Link>
      {' · '}
      <Link href={urls.https} target="_self">
        Download .ics<span className="visually-hidden"> of {what}</span>
      </Link>
    </>
  );
}

/** webcal: and https: links to the team feed and every engineer's feed. */
export default function Subscribe({engineers, engineer}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const team = feedUrls(siteConfig.url, siteConfig.baseUrl);
  const json = new URL(
    `${siteConfig.baseUrl}${rotationJsonSegments().join('/')}`,
    siteConfig.url,
  ).href;
  return (
    <div className={styles.subscribe}>
      <p>
        Subscribe once and your calendar app keeps the rotation up to date,
        swaps and time off included. <strong>Subscribe</strong> opens your
        calendar app (a <code>webcal:</code> link); where an app asks for an
        address instead (Outlook: <em>Add calendar, Subscribe from web</em>;
        Google Calendar: <em>Other calendars, From URL</em>), paste the address
        of the feed:
      </p>
      <ul className={styles.feeds}>
        <li>
          <strong>Everyone on support</strong>:{' '}
          <FeedLinks what="the whole rotation" />
          <br />
          <code className={styles.address}>{team.https}</code>
        </li>
        {engineer && (
          <li>
            <strong>{engineer.name}&apos;s shifts</strong>:{' '}
            <FeedLinks engineer={engineer} what={`${engineer.name}'s shifts`} />
            <br />
            <code className={styles.address}>
              {feedUrls(siteConfig.url, siteConfig.baseUrl, engineer.id).https}
            </code>
          </li>
        )}
      </ul>
      <details className={styles.details}>
        <summary>Every engineer&apos;s own feed</summary>
        <ul className={styles.people}>
          {engineers.map((e) => (
            <li key={e.id}>
              {e.name}: <FeedLinks engineer={e} what={`${e.name}'s shifts`} />
            </li>
          ))}
        </ul>
      </details>
      <p className={styles.details}>
        For scripts and chat bots, the same shifts as JSON:{' '}
        <Link href={json} target="_self">
          <code className={styles.address}>{json}</code>
        </Link>{' '}
        (
        <Link to="/contribute/support-rotation#the-json-feed">
          what it holds
        </Link>
        ).
      </p>
    </div>
  );
}
