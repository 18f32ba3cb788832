import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import CommunityFigures from '@site/src/components/CommunityFigures';
import NextEvent from '@site/src/components/NextEvent';
import {site} from '@site/src/data/site';
import styles from './index.module.css';

interface Capability {
  readonly title: string;
  readonly text: string;
}

const capabilities: readonly Capability[] = [
  {
    title: 'GitOps only',
    text: 'Merge a pull request and the change is live within minutes. What runs is what Git says.',
  },
  {
    title: 'Ingress, certificates, DNS',
    text: 'Name a host in your manifest; the route, the certificate and the DNS record follow.',
  },
  {
    title: 'Secrets that stay secret',
    text: 'Reference a secret in the vault; it is synced into your namespace and never lands in Git.',
  },
  {
    title: 'Self-service',
    text: 'Namespaces, quotas and environments by pull request, without a ticket or a wait.',
  },
  {
    title: 'On-prem and cloud alike',
    text: 'The same manifests run on every cluster; the platform hides the differences.',
  },
  {
    title: 'People who help',
    text: 'Two engineers on support every week, and engineers you can rent for a custom feature.',
  },
];

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
            <Link className="button button--primary button--lg" to="/docs">
              Read the golden path
            </Link>
            <Link className="button button--secondary button--lg" to="/support">
              Who is on support
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--xl">
        <Heading as="h2">What your team gets</Heading>
        <ul className={styles.capabilities}>
          {capabilities.map((capability) => (
            <li key={capability.title} className={styles.capability}>
              <Heading as="h3">{capability.title}</Heading>
              <p>{capability.text}</p>
            </li>
          ))}
        </ul>
        <CommunityFigures />
        <NextEvent />
      </main>
    </Layout>
  );
}
