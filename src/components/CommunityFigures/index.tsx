import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import summary from '@generated/community/default/summary.json';

import FigureStrip from '@site/src/components/FigureStrip';
import {site} from '@site/src/data/site';
import styles from './styles.module.css';

/** The home page's figures strip: who builds the platform and who uses it. */
export default function CommunityFigures(): ReactNode {
  const {figures} = summary;
  return (
    <section
      className={styles.section}
      aria-label={`${site.platformName} in figures`}>
      <Heading as="h2" id="community-figures">
        {site.platformName} in figures
      </Heading>
      <FigureStrip
        figures={[
          {value: figures.platformEngineers, label: 'platform engineers'},
          {value: figures.onPlatform, label: 'teams on the platform'},
          {value: figures.live, label: 'teams live'},
        ]}
      />
      <p className={styles.more}>
        <Link to="/teams">Every team and how far it is</Link>
      </p>
    </section>
  );
}
