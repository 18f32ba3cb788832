import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {site} from '@site/src/data/site';

export default function Support(): ReactNode {
  return (
    <Layout
      title="Support"
      description={`How to get help with ${site.platformName}: the support channel and the weekly rotation.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Support</Heading>
        <p>
          Every week two platform engineers are on support: a primary who
          answers first and a secondary who takes over when the primary is busy
          with an incident. They watch one place, the support channel{' '}
          <Link href={site.supportChannel.url}>{site.supportChannel.name}</Link>
          .
        </p>
        <Heading as="h2">Ask in the channel, not in a direct message</Heading>
        <p>
          A direct message reaches one person who may be on holiday, in a
          workshop or asleep in another time zone. A question in the channel
          reaches whoever is on support, and the next team with the same problem
          finds the answer there. The community answers too: many questions are
          solved by another application team before a platform engineer reads
          them.
        </p>
        <Heading as="h2">Before you ask</Heading>
        <ul>
          <li>
            Search the <Link to="/kb">knowledge base</Link>: most sync,
            certificate and DNS problems have an answer with the exact fix.
          </li>
          <li>
            Say which cluster, namespace and application you mean, and paste the
            error message as text, not as a screenshot.
          </li>
          <li>
            If a custom feature is what you need,{' '}
            <Link to="/rent-an-engineer">rent an engineer</Link> instead.
          </li>
        </ul>
      </main>
    </Layout>
  );
}
