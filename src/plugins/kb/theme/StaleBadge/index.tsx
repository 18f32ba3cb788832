import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {isStale} from '@site/src/lib/kb/dates';

import styles from './styles.module.css';

/**
 * Whether an answer may be stale, judged against the reader's clock: a site
 * built months ago still marks what has gone stale since. Always false while
 * the server renders and during hydration, so the HTML matches on both sides.
 */
export function useMayBeStale(lastVerified: string | undefined): boolean {
  const isBrowser = useIsBrowser();
  return (
    isBrowser && lastVerified !== undefined && isStale(lastVerified, new Date())
  );
}

export default function StaleBadge({
  className,
}: {
  readonly className?: string;
}): ReactNode {
  return (
    <span className={clsx(styles.badge, className)}>
      <Translate id="kb.staleBadge">May be stale</Translate>
    </span>
  );
}
