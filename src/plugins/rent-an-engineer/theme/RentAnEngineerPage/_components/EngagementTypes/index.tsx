/**
 * The two ways a platform engineer works with a team, side by side: stage 5
 * (rent an engineer) and stage 255 (pair up) of the engagement path.
 */
import type {ReactNode} from 'react';
import Heading from '@theme/Heading';

import {ENGAGEMENT_TYPES} from '@site/src/lib/rent-request';
import styles from './styles.module.css';

const [rent, pairUp] = ENGAGEMENT_TYPES;

export default function EngagementTypes(): ReactNode {
  return (
    <ul className={styles.types}>
      <li className={styles.type}>
        <Heading as="h3">{rent.value}</Heading>
        <p>
          When your workload needs something the golden path does not offer yet,
          a platform engineer joins your team for one to twelve weeks to build
          it with you: a way to reach printers on the warehouse network, a
          database operator the platform does not run yet, an adaptation for a
          batch system. They work from your backlog, join your dailies and leave
          the feature in the platform, documented, with an owner. The platform
          team records it as technical debt, so it is kept up, not forgotten.
        </p>
      </li>
      <li className={styles.type}>
        <Heading as="h3">{pairUp.value}</Heading>
        <p>
          When your team is moving onto the platform and wants someone at the
          keyboard with them, a platform engineer pairs with your developers on
          your own services: the first manifests, the GitOps repository, a
          failing sync, the move of a cron job. They skip every meeting except
          your scrum events (planning, daily, review and retrospective), so
          their time goes into the work and your team learns the platform by
          doing it.
        </p>
      </li>
    </ul>
  );
}
