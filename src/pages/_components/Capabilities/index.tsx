import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import styles from './styles.module.css';

interface Capability {
  readonly title: string;
  readonly text: string;
  readonly to: string;
}

const capabilities: readonly Capability[] = [
  {
    title: 'GitOps only',
    text: 'Merge a pull request and the change is live within three minutes. What runs is what Git says.',
    to: '/docs/standards/gitops',
  },
  {
    title: 'Ingress and certificates',
    text: 'Name a host in your manifest; the route and a certificate that renews itself follow.',
    to: '/docs/standards/ingress',
  },
  {
    title: 'DNS from your manifests',
    text: 'Every host gets its DNS record from the manifest that names it, and loses it with it.',
    to: '/docs/standards/dns',
  },
  {
    title: 'Secrets that stay secret',
    text: 'Reference a secret in Vault; it is synced into your namespace and never lands in Git.',
    to: '/docs/standards/secrets',
  },
  {
    title: 'Self-service',
    text: 'Namespaces, quotas and environments by pull request, without a ticket or a wait.',
    to: '/docs/standards/self-service',
  },
  {
    title: 'On-prem and cloud alike',
    text: 'The same manifests run on every cluster; the few differences are written down.',
    to: '/docs/standards/parity',
  },
];

/** The capabilities every team gets, each linking to its standard. */
export default function Capabilities(): ReactNode {
  return (
    <ul className={styles.grid}>
      {capabilities.map((capability) => (
        <li key={capability.title} className={styles.card}>
          <Heading as="h3" className={styles.title}>
            <Link to={capability.to}>{capability.title}</Link>
          </Heading>
          <p>{capability.text}</p>
        </li>
      ))}
    </ul>
  );
}
