/**
 * "Was this page helpful?" at the end of every docs and knowledge-base page.
 * "Yes" is acknowledged in place. "No" and "Report a problem" open a GitHub
 * issue prefilled with the page, its version and the text the reader selected
 * on it; the reader submits it under their own account. The site itself sends
 * nothing anywhere.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';

import {site} from '@site/src/data/site';
import {pageProblemIssueUrl, tidySelection} from '@site/src/lib/feedback';

import styles from './styles.module.css';

interface Props {
  readonly title: string;
  /** `2026.1`, `Next`, `knowledge base`: named in the issue. */
  readonly version?: string;
}

/** Where the page's text lives: selections elsewhere (navbar, sidebar) are not quoted. */
const CONTENT_SELECTOR = '.theme-doc-markdown';

/**
 * The last text the reader selected in the page's content. Kept when the
 * selection collapses, because clicking or tabbing to "No" may collapse it.
 */
function useContentSelection(): string {
  const [selection, setSelection] = useState('');
  useEffect(() => {
    const onChange = () => {
      const current = document.getSelection();
      const text = current?.toString() ?? '';
      const anchor = current?.anchorNode;
      const element =
        anchor instanceof Element ? anchor : anchor?.parentElement;
      if (text.trim() !== '' && element?.closest(CONTENT_SELECTOR)) {
        setSelection(tidySelection(text));
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  return selection;
}

type Answer = 'yes' | 'no' | undefined;

export default function PageFeedback({title, version}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const selection = useContentSelection();
  const [answer, setAnswer] = useState<Answer>(undefined);
  const messageRef = useRef<HTMLParagraphElement>(null);

  // A new page asks again.
  useEffect(() => setAnswer(undefined), [pathname]);
  // The buttons are gone once answered: move focus to the reply, which also
  // makes screen readers read it.
  useEffect(() => {
    if (answer) {
      messageRef.current?.focus();
    }
  }, [answer]);

  const issueUrl = pageProblemIssueUrl(site.github, {
    pageUrl: `${siteConfig.url}${pathname}`,
    title,
    version,
    selection,
  }).href;

  const onNo = () => {
    setAnswer('no');
    window.open(issueUrl, '_blank', 'noopener,noreferrer');
  };

  return (
    <section
      className={clsx('margin-top--lg', styles.feedback)}
      aria-labelledby="page-feedback-question">
      <p id="page-feedback-question" className={styles.question}>
        <Translate id="feedback.question">Was this page helpful?</Translate>
      </p>
      {answer === undefined && (
        <div className={styles.buttons}>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setAnswer('yes')}>
            <Translate id="feedback.yes">Yes</Translate>
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={onNo}>
            <Translate id="feedback.no">No</Translate>
          </button>
        </div>
      )}
      {answer === 'yes' && (
        <p ref={messageRef} tabIndex={-1} className={styles.reply}>
          <Translate id="feedback.thanks">Thank you! Glad it helped.</Translate>
        </p>
      )}
      {answer === 'no' && (
        <p ref={messageRef} tabIndex={-1} className={styles.reply}>
          <Translate id="feedback.sorry">
            Sorry about that. A prefilled issue opened on GitHub in a new tab:
            say what was wrong or missing and submit it, and the page will be
            fixed.
          </Translate>
        </p>
      )}
      <p className={styles.report}>
        <Link href={issueUrl}>
          {answer === 'no' ? (
            <Translate id="feedback.reportAgain">
              Open the prefilled issue again
            </Translate>
          ) : (
            <Translate id="feedback.report">Report a problem</Translate>
          )}
        </Link>
        {selection !== '' && (
          <span className={styles.hint}>
            {' '}
            <Translate id="feedback.selectionHint">
              (the issue quotes the text you selected)
            </Translate>
          </span>
        )}
      </p>
    </section>
  );
}
