/**
 * The review step: exactly what GitHub will receive, what was changed on the
 * way (shortened answers, neutralised team mentions), and the link that opens
 * the prefilled issue. The link stays in the page after it is used: removing
 * a link while it is being followed would cancel the navigation.
 */
import {useRef, useState, type ReactNode, type Ref} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import {
  URL_LIMIT,
  formatCount,
  shortenedFullText,
  type FieldId,
  type RequestLink,
} from '@site/src/lib/rent-request';
import styles from './styles.module.css';

export interface RequestReviewProps {
  readonly link: RequestLink;
  /** True once the reader has opened the issue. */
  readonly opened: boolean;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onChange: (id: FieldId) => void;
  readonly onOpen: () => void;
  readonly onStartAgain: () => void;
}

type CopyState = 'idle' | 'copied' | 'manual';

function FullText({text}: {text: string}): ReactNode {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyText = async (): Promise<void> => {
    try {
      // Missing outside a secure context (an intranet site on plain http).
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      area.current?.focus();
      area.current?.select();
      setCopy('manual');
    }
  };
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copyText()}>
          Copy full text
        </button>
      </p>
      <p role="status" className={styles.copyStatus}>
        {copy === 'copied' &&
          'Copied. Paste it as the first comment on the issue.'}
        {copy === 'manual' &&
          'Your browser did not let the page copy. The text below is selected: copy it with Ctrl+C (⌘C on a Mac).'}
      </p>
      <label className={styles.fullTextLabel} htmlFor="rent-full-text">
        Full text of the shortened answers
      </label>
      <textarea
        id="rent-full-text"
        ref={area}
        className={styles.fullText}
        readOnly
        rows={6}
        value={text}
      />
    </>
  );
}

export default function RequestReview({
  link,
  opened,
  headingRef,
  onChange,
  onOpen,
  onStartAgain,
}: RequestReviewProps): ReactNode {
  const shortened = link.values.filter((value) => value.shortened);
  const href = link.url.href;
  return (
    <section className={styles.review}>
      <Heading as="h3" ref={headingRef} tabIndex={-1} className={styles.title}>
        Check your request
      </Heading>
      <p>
        This is what GitHub receives. The button below opens GitHub&apos;s
        request form with these answers filled in, in a new tab. Nothing is sent
        until you press <strong>Create</strong> there, under your own GitHub
        account.
      </p>

      {shortened.length > 0 && (
        <div className="alert alert--warning margin-bottom--md">
          <p>
            The request is too long for one link (GitHub accepts about{' '}
            {formatCount(URL_LIMIT)} characters), so{' '}
            {shortened.map((value) => `“${value.label}”`).join(' and ')}{' '}
            {shortened.length === 1 ? 'was' : 'were'} shortened. Copy the full
            text now and paste it as the first comment on the issue, so nothing
            is lost.
          </p>
          <FullText text={shortenedFullText(link)} />
        </div>
      )}

      {link.neutralisedMentions.length > 0 && (
        <div className="alert alert--info margin-bottom--md">
          <p className="margin-bottom--none">
            Team mentions ({link.neutralisedMentions.join(', ')}) are sent so
            that they do not notify everyone in the team. They still read the
            same. Mention a team in a comment once the platform team has
            answered, if you need to.
          </p>
        </div>
      )}

      {link.escapedMarkup && (
        <div className="alert alert--info margin-bottom--md">
          <p className="margin-bottom--none">
            Text that looks like HTML is sent with a backslash in front (
            <code>\&lt;b&gt;</code>), so GitHub shows it as you typed it instead
            of hiding or formatting it.
          </p>
        </div>
      )}

      <dl className={styles.values}>
        {link.values.map((value) => (
          <div className={styles.row} key={value.id}>
            <dt className={styles.term}>{value.label}</dt>
            <dd className={styles.value}>
              {value.value === '' ? (
                <span className={styles.empty}>Not given</span>
              ) : (
                value.value
              )}
            </dd>
            <dd className={styles.change}>
              <button
                type="button"
                className={styles.changeButton}
                onClick={() => onChange(value.id)}>
                Change
                <span className="visually-hidden"> {value.label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      <div className={styles.actions}>
        <Link
          className="button button--primary button--lg"
          href={href}
          onClick={onOpen}
          onAuxClick={onOpen}>
          {opened
            ? 'Open the issue on GitHub again'
            : 'Open the issue on GitHub'}
        </Link>
        <button
          type="button"
          className="button button--secondary button--lg"
          onClick={() => onChange('engagement')}>
          Change the request
        </button>
      </div>

      <div role="status">
        {opened && (
          <div className="alert alert--success margin-top--md">
            <p>
              GitHub opened in a new tab with your request filled in. Check it
              there and press <strong>Create</strong>. The draft is no longer
              kept in this browser.
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={onStartAgain}>
              Start a new request
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
