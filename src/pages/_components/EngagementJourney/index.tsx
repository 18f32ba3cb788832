import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';

import {engagementStages} from '@site/src/data/engagement';
import styles from './styles.module.css';

/** The engagement path as a journey of numbered stops, 1 to 255. */
export default function EngagementJourney(): ReactNode {
  return (
    <ol className={styles.journey}>
      {engagementStages.map((stage) => (
        <li key={stage.number} className={styles.stop}>
          <span className={styles.number} aria-hidden="true">
            {stage.number}
          </span>
          <div className={styles.body}>
            <Link to={stage.docPath} className={styles.name}>
              <span className="visually-hidden">Stage {stage.number}: </span>
              {stage.name}
            </Link>
            <p>{stage.text}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
