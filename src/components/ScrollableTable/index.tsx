import type {ComponentProps, ReactNode} from 'react';

import styles from './styles.module.css';

/**
 * A Markdown table that may be wider than the page. The wrapper scrolls
 * instead of the table, and it is focusable and named so keyboard users can
 * scroll it too (axe: scrollable-region-focusable).
 */
export default function ScrollableTable(
  props: ComponentProps<'table'>,
): ReactNode {
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-label="Table"
      tabIndex={0}>
      <table {...props} className={styles.table} />
    </div>
  );
}
