/**
 * The GitHub mark beside a blog author, drawn from one cached file
 * (static/img/icons/github.svg) instead of inline: the theme's inline mark is
 * 2.4 KB of path data per author, which made a blog list page of ten posts
 * about 80 KB of HTML, half of it this icon. Same drawing, same colours.
 */
import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';

import styles from './styles.module.css';

export default function GitHub(props: ComponentProps<'svg'>): ReactNode {
  const href = `${useBaseUrl('/img/icons/github.svg')}#github`;
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 256 250"
      aria-hidden="true"
      {...props}
      className={clsx(props.className, styles.github)}>
      <use href={href} />
    </svg>
  );
}
