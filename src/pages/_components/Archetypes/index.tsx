import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import {archetypeOrder, archetypes} from '@site/src/lib/archetype';
import styles from './styles.module.css';

/** The three migration archetypes, each linking to its guide and checklist. */
export default function Archetypes(): ReactNode {
  return (
    <>
      <ul className={styles.grid}>
        {archetypeOrder.map((id) => {
          const archetype = archetypes[id];
          const guide = `/docs/${archetype.docId}`;
          return (
            <li key={id} className={styles.card}>
              <Heading as="h3" className={styles.name}>
                <Link to={guide}>
                  {archetype.id} {archetype.name}
                </Link>
              </Heading>
              <p className={styles.audience}>{archetype.audience}</p>
              <p>{archetype.summary}</p>
              <Link to={`${guide}#${archetype.checklistAnchor}`}>
                {archetype.id} {archetype.name} checklist
              </Link>
            </li>
          );
        })}
      </ul>
      <p className={styles.assessment}>
        Not sure which one you are?{' '}
        <Link to="/docs/migration#which-one-are-you">
          Take the two-minute self-assessment
        </Link>
        .
      </p>
    </>
  );
}
