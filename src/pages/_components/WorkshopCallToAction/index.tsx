import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';

import styles from './styles.module.css';

const outcomes: readonly string[] = [
  'A service deployed only through pull requests',
  'Reachable over HTTPS under its own DNS name',
  'Reading a secret that never touched Git',
  'A change shipped, and rolled back by revert',
];

/** The call to action to start the one-hour workshop. */
export default function WorkshopCallToAction(): ReactNode {
  return (
    <div className={styles.band}>
      <ul className={styles.outcomes}>
        {outcomes.map((outcome) => (
          <li key={outcome}>{outcome}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Link className="button button--primary button--lg" to="/docs/workshop">
          Start the one-hour workshop
        </Link>
        <Link to="/blog/tags/workshop">Join a scheduled session</Link>
      </div>
    </div>
  );
}
