import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';

import styles from './styles.module.css';

type Props = ComponentProps<'table'> & {
  /** Accessible name of the scrolling region (`Table` for Markdown tables). */
  readonly label?: string;
  /** Styles the scrolling wrapper (a height limit, its margins). */
  readonly scrollerClassName?: string;
};

/**
 * A table that may be wider than the page: Markdown tables and the data
 * tables of the pages. The wrapper scrolls instead of the table, and it is
 * focusable and named so keyboard users can scroll it too (axe:
 * scrollable-region-focusable). A `className` styles the table itself.
 */
export default function ScrollableTable({
  label = 'Table',
  className,
  scrollerClassName,
  ...props
}: Props): ReactNode {
  return (
    <div
      className={clsx(styles.scroller, scrollerClassName)}
      role="region"
      aria-label={label}
      tabIndex={0}>
      <table {...props} className={clsx(styles.table, className)} />
    </div>
  );
}
