import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import CommunityFigures from '@theme/CommunityFigures';
import NextEvent from '@theme/NextEvent';
import {site} from '@site/src/data/site';
import Archetypes from './_components/Archetypes';
import Capabilities from './_components/Capabilities';
import EngagementJourney from './_components/EngagementJourney';
import HomeSection from './_components/HomeSection';
import LatestPosts from './_components/LatestPosts';
import WorkshopCallToAction from './_components/WorkshopCallToAction';
import styles from './index.module.css';

/*
 * The home page sells the platform: what it gives a team, the capabilities,
 * the engagement path, the archetypes, the workshop and the latest posts.
 * Each block is a <HomeSection>; new blocks (the figures strip, the next
 * event) are added as sections in the order below.
 */
export default function Home(): ReactNode {
  return (
    <Layout title="Home" description={site.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {site.platformName}: the container platform of {site.organisation}
          </Heading>
          <p className={styles.tagline}>{site.tagline}</p>
          <div className={styles.actions}>
            <Link
              className="button button--primary button--lg"
              to="/docs/workshop">
              Start the one-hour workshop
            </Link>
            <Link
              className="button button--secondary button--lg"
              to="/docs/migration">
              Find your migration path
            </Link>
          </div>
        </div>
      </header>
      <main>
        <HomeSection
          id="what-your-team-gets"
          title="What your team gets"
          lead="One golden path, the same on every cluster. You write the manifests; the platform does the rest.">
          <Capabilities />
        </HomeSection>
        <HomeSection id="in-figures" title={`${site.platformName} in figures`}>
          <CommunityFigures />
        </HomeSection>
        <HomeSection
          id="engagement-path"
          title="From a first workshop to an engineer in your team"
          lead="Six ways to work with the platform team, from an hour on your own to a platform engineer at your keyboard."
          tinted>
          <EngagementJourney />
        </HomeSection>
        <HomeSection
          id="which-kind-of-team"
          title="Which kind of team are you?"
          lead="Every team that moves onto the platform is one of three archetypes. Each has its own guide and checklist.">
          <Archetypes />
        </HomeSection>
        <HomeSection
          id="workshop"
          title="One hour, from an empty repository to production"
          tinted>
          <WorkshopCallToAction />
        </HomeSection>
        <HomeSection id="next-event" title="Next event">
          <NextEvent />
        </HomeSection>
        <HomeSection id="latest-posts" title="Latest from the platform team">
          <LatestPosts />
        </HomeSection>
      </main>
    </Layout>
  );
}
