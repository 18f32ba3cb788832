/**
 * What an answer page adds around its Markdown: breadcrumbs to its topic, a
 * "may be stale" notice, and "About this answer" with the contributors, the
 * versions it applies to and the two actions. Rendered by the DocItem and
 * DocBreadcrumbs wrappers in src/theme for the kb docs instance only.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useVersions} from '@docusaurus/plugin-content-docs/client';
import {ThemeClassNames} from '@docusaurus/theme-common';

import StaleBadge, {useMayBeStale} from '@theme/StaleBadge';
import {site} from '@site/src/data/site';
import {newIssueUrl, profileUrl} from '@site/src/lib/github';
import {readAnswerMeta} from '@site/src/lib/kb/answer';
import {NEXT_VERSION, versionLabel} from '@site/src/lib/kb/versions';
import {formatCalendarDate} from '@site/src/lib/calendarDate';
import {daysSince} from '@site/src/lib/kb/dates';
import {tagFilterPath} from '@site/src/lib/kb/landing';
import {KB_LANDING_PATH} from '@site/src/lib/kb/instance';

import styles from './styles.module.css';

/** Tag id from a tag's permalink (`/kb/tags/gitops` → `gitops`). */
function tagId(permalink: string): string {
  return permalink.split('/').filter(Boolean).pop() ?? permalink;
}

function useAnswer() {
  const {metadata, frontMatter} = useDoc();
  const meta = readAnswerMeta(frontMatter as Record<string, unknown>);
  const tags = metadata.tags.map((tag) => ({
    id: tagId(tag.permalink),
    label: tag.label,
  }));
  return {metadata, meta, tags};
}

/** Knowledge base › Topic, where the topic is the answer's folder. */
export function KbBreadcrumbs(): ReactNode {
  const {metadata, tags} = useAnswer();
  const topic = metadata.id.split('/')[0];
  const topicTag = tags.find((tag) => tag.id === topic);
  return (
    <nav
      className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.breadcrumbs)}
      aria-label={translate({
        id: 'theme.docs.breadcrumbs.navAriaLabel',
        message: 'Breadcrumbs',
      })}>
      <ul className="breadcrumbs">
        <li className="breadcrumbs__item">
          <Link className="breadcrumbs__link" to={KB_LANDING_PATH}>
            <Translate id="kb.breadcrumbs.root">Knowledge base</Translate>
          </Link>
        </li>
        {topicTag && (
          <li className="breadcrumbs__item">
            <Link
              className="breadcrumbs__link"
              to={tagFilterPath(KB_LANDING_PATH, topicTag.id)}>
              {topicTag.label}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Shown above the answer when it was last verified more than 180 days ago. */
export function KbStaleNotice(): ReactNode {
  const {meta} = useAnswer();
  const mayBeStale = useMayBeStale(meta.lastVerified);
  if (!mayBeStale || meta.lastVerified === undefined) {
    return null;
  }
  return (
    <div className={clsx('alert alert--warning', styles.notice)} role="note">
      <StaleBadge /> This answer was last verified on{' '}
      <time dateTime={meta.lastVerified}>
        {formatCalendarDate(meta.lastVerified)}
      </time>
      , {daysSince(meta.lastVerified, new Date())} days ago. The platform may
      have changed since: check the steps against the docs of your platform
      version. If they still work, tell the next reader with “Improve this
      answer”: set <code>last_verified</code> to the day you checked.
    </div>
  );
}

function VersionList({
  versions,
}: {
  readonly versions: readonly string[];
}): ReactNode {
  const docsVersions = useVersions(undefined);
  return (
    <ul className={styles.inlineList}>
      {versions.map((name) => {
        const docsVersion = docsVersions.find(
          (version) =>
            version.name === (name === NEXT_VERSION ? 'current' : name),
        );
        const mainDoc = docsVersion?.docs.find(
          (doc) => doc.id === docsVersion.mainDocId,
        );
        return (
          <li key={name}>
            {mainDoc ? (
              <Link to={mainDoc.path}>{versionLabel(name)}</Link>
            ) : (
              versionLabel(name)
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "About this answer": who wrote it, how fresh it is, what it applies to, and what to do next. */
export function KbAnswerFooter(): ReactNode {
  const {metadata, meta, tags} = useAnswer();
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const mayBeStale = useMayBeStale(meta.lastVerified);
  const askUrl = newIssueUrl(site.github, {
    template: 'kb-question.yml',
    related: `${siteConfig.url}${pathname}`,
  });
  return (
    <section
      className={clsx(ThemeClassNames.docs.docFooter, styles.footer)}
      aria-labelledby="about-this-answer">
      <Heading as="h2" id="about-this-answer" className={styles.footerTitle}>
        <Translate id="kb.answer.about">About this answer</Translate>
      </Heading>
      <dl className={styles.facts}>
        <dt>
          <Translate id="kb.answer.contributors">Answered by</Translate>
        </dt>
        <dd>
          <ul className={styles.inlineList}>
            {meta.contributors.map((handle) => (
              <li key={handle}>
                <Link href={profileUrl(site.github, handle).href}>
                  @{handle}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
        {meta.lastVerified && (
          <>
            <dt>
              <Translate id="kb.answer.lastVerified">Last verified</Translate>
            </dt>
            <dd>
              <time dateTime={meta.lastVerified}>
                {formatCalendarDate(meta.lastVerified)}
              </time>
              {mayBeStale && (
                <>
                  {' '}
                  <StaleBadge />
                </>
              )}
            </dd>
          </>
        )}
        <dt>
          <Translate id="kb.answer.appliesTo">
            Applies to platform versions
          </Translate>
        </dt>
        <dd>
          <VersionList versions={meta.appliesTo} />
        </dd>
        <dt>
          <Translate id="kb.answer.tags">Tags</Translate>
        </dt>
        <dd>
          <ul className={styles.inlineList}>
            {tags.map((tag) => (
              <li key={tag.id}>
                <Link to={tagFilterPath(KB_LANDING_PATH, tag.id)}>
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        </dd>
        {meta.related.length > 0 && (
          <>
            <dt>
              <Translate id="kb.answer.related">Read more</Translate>
            </dt>
            <dd>
              <ul className={styles.inlineList}>
                {meta.related.map((link) => (
                  <li key={link.href}>
                    <Link to={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div className={styles.actions}>
        {metadata.editUrl && (
          <Link className="button button--primary" href={metadata.editUrl}>
            <Translate id="kb.answer.improve">Improve this answer</Translate>
          </Link>
        )}
        <Link className="button button--secondary" href={askUrl.href}>
          <Translate id="kb.answer.ask">Ask a new question</Translate>
        </Link>
      </div>
    </section>
  );
}
