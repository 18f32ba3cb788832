import type {ReactNode} from 'react';
import clsx from 'clsx';

import {STAGES} from '@site/src/lib/teams/model';
import {stageClass, stageLabel} from './stages';
import styles from './charts.module.css';

/** The key to the colours of both charts. */
export default function StageLegend(): ReactNode {
  return (
    <ul className={styles.legend} aria-label="Stages, in order">
      {STAGES.map((stage) => (
        <li key={stage}>
          <span
            className={clsx(styles.swatch, stageClass[stage])}
            aria-hidden="true"
          />
          {stageLabel(stage)}
        </li>
      ))}
    </ul>
  );
}
