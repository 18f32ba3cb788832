import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {site} from '@site/src/data/site';
import {issuesWithLabelUrl, newIssueUrl} from '@site/src/lib/github';

export default function RentAnEngineer(): ReactNode {
  return (
    <Layout
      title="Rent an engineer"
      description="Ask for a platform engineer to join your team to build a custom feature, or to pair with you.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Rent an engineer</Heading>
        <p>
          When your workload needs something the golden path does not offer yet,
          a platform engineer can join your team for a few weeks to build it
          with you. The engineer works in your team, joins your scrum events,
          and leaves the feature documented and owned.
        </p>
        <p>
          Requests are GitHub issues, so everyone can see what is asked for and
          what is planned. Open a request with the form on GitHub, and say what
          should be built, why, and when.
        </p>
        <p>
          <Link
            className="button button--primary"
            href={newIssueUrl(site.github, {labels: 'rent-an-engineer'}).href}>
            Open a request on GitHub
          </Link>{' '}
          <Link href={issuesWithLabelUrl(site.github, 'rent-an-engineer').href}>
            See the open requests
          </Link>
        </p>
      </main>
    </Layout>
  );
}
