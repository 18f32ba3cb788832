import type {ReactNode} from 'react';

import styles from './styles.module.css';

export interface Figure {
  readonly value: number;
  readonly label: string;
}

interface Props {
  readonly figures: readonly Figure[];
}

/** A row of big numbers with a label under each; wraps on a phone. */
export default function FigureStrip({figures}: Props): ReactNode {
  return (
    <dl className={styles.strip}>
      {figures.map((figure) => (
        <div key={figure.label} className={styles.figure}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd className={styles.value}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
