/**
 * Below search results: "Didn't find it? Ask the community", a plain link to
 * the knowledge-base question form on GitHub prefilled with the query. With
 * no results it says so more plainly. Nothing is counted or sent: the reader
 * chooses to follow the link.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';

import {site} from '@site/src/data/site';
import {askCommunityUrl} from './askCommunity';
import styles from './styles.module.css';

interface Props {
  readonly query: string;
  /** True when the search found nothing. */
  readonly noResults: boolean;
  readonly className?: string;
}

export default function AskCommunity({
  query,
  noResults,
  className,
}: Props): ReactNode {
  return (
    <p className={clsx(styles.ask, className)}>
      {noResults ? 'Not answered here yet?' : 'Didn’t find it?'}{' '}
      <Link href={askCommunityUrl(site.github, query).href}>
        Ask the community
      </Link>{' '}
      <span className={styles.muted}>
        (opens the knowledge-base question form on GitHub)
      </span>
    </p>
  );
}
