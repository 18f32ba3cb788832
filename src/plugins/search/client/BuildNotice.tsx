import type {ReactNode} from 'react';
import clsx from 'clsx';

import styles from './styles.module.css';

/** Shown by `npm start`, which builds no index: search needs the built site. */
export default function BuildNotice({
  className,
}: {
  className?: string;
}): ReactNode {
  return (
    <p className={clsx(styles.notice, className)}>
      Search works on the built site, whose index is made by the production
      build: run <code>npm run build</code> and then <code>npm run serve</code>.
    </p>
  );
}
