import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import summary from '@generated/community/default/summary.json';

import FigureStrip from '@site/src/components/FigureStrip';
import styles from './styles.module.css';

/** The home page's figures: who builds the platform and who uses it. */
export default function CommunityFigures(): ReactNode {
  const {figures} = summary;
  return (
    <>
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
    </>
  );
}
