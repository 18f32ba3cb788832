import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {site} from '@site/src/data/site';
import {issuesWithLabelUrl, newIssueUrl} from '@site/src/lib/github';
import {REQUEST_LABEL, TEMPLATE_FILE} from '@site/src/lib/rent-request';
import EngagementTypes from './_components/EngagementTypes';
import RequestForm from './_components/RequestForm';
import styles from './styles.module.css';

/** GitHub's own form, empty: what readers without JavaScript use. */
const blankFormUrl = newIssueUrl(site.github, {template: TEMPLATE_FILE}).href;
const openRequestsUrl = issuesWithLabelUrl(site.github, REQUEST_LABEL).href;

/**
 * Server-rendered in place of the form, and what stays when JavaScript is off
 * or fails: the same request, filled in on GitHub directly.
 */
function BlankFormFallback(): ReactNode {
  return (
    <div className={styles.fallback}>
      <p>
        The request form runs in your browser. If it does not appear, because
        JavaScript is turned off or has not loaded, fill in the same request on
        GitHub directly.
      </p>
      <Link className="button button--primary button--lg" href={blankFormUrl}>
        Open the request form on GitHub
      </Link>
    </div>
  );
}

export default function RentAnEngineerPage(): ReactNode {
  return (
    <Layout
      title="Rent an engineer"
      description="Ask for a platform engineer to join your team to build a custom feature, or to pair with you.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Rent an engineer</Heading>
        <p className={styles.lead}>
          Sometimes the docs, the knowledge base and the support channel are not
          enough. Then a platform engineer can work inside your team for a few
          weeks, in one of two ways. Requests are GitHub issues, so every team
          can see what is asked for and what is planned.
        </p>
        <p>
          <Link className="button button--primary" href="#request">
            Go to the request form
          </Link>
        </p>

        <Heading as="h2">Two ways to work together</Heading>
        <EngagementTypes />

        <div className={styles.layout}>
          <div className={styles.aside}>
            <Heading as="h2">What your team commits</Heading>
            <ul>
              <li>
                <strong>A named contact</strong> who decides on scope and
                answers the engineer within a working day.
              </li>
              <li>
                <strong>Time for pairing:</strong> developers who work with the
                engineer for at least half of the engagement, so your team can
                run what is built once the engineer leaves.
              </li>
              <li>
                <strong>Access from day one</strong> to your repositories,
                backlog, chat channel and environments.
              </li>
              <li>
                <strong>An owner</strong> in your team for a custom feature,
                named in the platform&apos;s technical-debt record.
              </li>
            </ul>

            <Heading as="h2">What happens next</Heading>
            <ol>
              <li>
                You open the request on GitHub under your own account. It gets
                the label <code>{REQUEST_LABEL}</code>.
              </li>
              <li>
                The platform team reads new requests in its weekly planning and
                answers in the issue within five working days: yes, not yet
                (with a date), or a better route, such as the one-hour workshop
                or an answer in the <Link to="/kb">knowledge base</Link>.
              </li>
              <li>
                In a 30-minute call you agree on the scope, the start date and
                the engineer; the issue records what was agreed.
              </li>
              <li>
                The engineer joins your team. At the end there is a short
                handover, and the issue is closed with what was built and who
                owns it.
              </li>
            </ol>
            <p>
              <Link href={openRequestsUrl}>
                See the open requests on GitHub
              </Link>{' '}
              to find out what other teams have asked for and how long the queue
              is. For a question rather than an engagement, ask in{' '}
              <Link href={site.supportChannel.url}>
                {site.supportChannel.name}
              </Link>
              .
            </p>
          </div>

          <section className={styles.request} aria-labelledby="request">
            <Heading as="h2" id="request">
              Request an engineer
            </Heading>
            <BrowserOnly fallback={<BlankFormFallback />}>
              {() => (
                <>
                  <RequestForm />
                  <p className={styles.alternative}>
                    Prefer GitHub&apos;s own form?{' '}
                    <Link href={blankFormUrl}>
                      Open a blank request on GitHub
                    </Link>
                    .
                  </p>
                </>
              )}
            </BrowserOnly>
          </section>
        </div>
      </main>
    </Layout>
  );
}
