import type {ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';

import styles from './styles.module.css';

interface Props {
  /** Id of the section's heading; also the anchor of the section. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences under the heading. */
  readonly lead?: ReactNode;
  /** A tinted band across the page, to set a section apart. */
  readonly tinted?: boolean;
  readonly children: ReactNode;
}

/**
 * One section of the home page: a heading, an optional lead and the content.
 * Every block of the home page is one of these, so a new block (the figures
 * strip, the next event) is one more `<HomeSection>` in src/pages/index.tsx.
 */
export default function HomeSection({
  id,
  title,
  lead,
  tinted = false,
  children,
}: Props): ReactNode {
  return (
    <section
      aria-labelledby={id}
      className={clsx(styles.section, tinted && styles.tinted)}>
      <div className="container">
        {/* The id sits on the text, not the heading, so the heading gets no
            "#" anchor link and the section is named by its title alone. */}
        <Heading as="h2" className={styles.title}>
          <span id={id}>{title}</span>
        </Heading>
        {lead && <p className={styles.lead}>{lead}</p>}
        {children}
      </div>
    </section>
  );
}
