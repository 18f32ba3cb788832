import React, {memo, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';

import StaleBadge, {useMayBeStale} from '@theme/StaleBadge';
import type {KbTag} from '@site/src/lib/kb/context';
import {formatCalendarDate} from '@site/src/lib/calendarDate';
import {tagFilterPath, type KbListEntry} from '@site/src/lib/kb/landing';

import styles from './styles.module.css';

interface Props {
  readonly answers: readonly KbListEntry[];
  readonly tags: readonly KbTag[];
  readonly landingPath: string;
}

const Answer = memo(function Answer({
  answer,
  tags,
  landingPath,
}: {
  readonly answer: KbListEntry;
  readonly tags: readonly KbTag[];
  readonly landingPath: string;
}): ReactNode {
  const mayBeStale = useMayBeStale(answer.lastVerified);
  return (
    <li className={styles.answer}>
      <article>
        <Heading as="h2" className={styles.answerTitle}>
          <Link to={answer.permalink}>{answer.title}</Link>
        </Heading>
        <p className={styles.answerText}>{answer.description}</p>
        <div className={styles.answerMeta}>
          <ul className={styles.answerTags} aria-label="Tags">
            {answer.tags.map((id) => (
              <li key={id}>
                <Link
                  className={styles.answerTag}
                  to={tagFilterPath(landingPath, id)}>
                  {tags.find((tag) => tag.id === id)?.label ?? id}
                </Link>
              </li>
            ))}
          </ul>
          <span className={styles.verified}>
            Verified{' '}
            <time dateTime={answer.lastVerified}>
              {formatCalendarDate(answer.lastVerified)}
            </time>
          </span>
          {mayBeStale && <StaleBadge />}
        </div>
      </article>
    </li>
  );
});

export default function AnswerList({
  answers,
  tags,
  landingPath,
}: Props): ReactNode {
  return (
    <ul className={styles.answers}>
      {answers.map((answer) => (
        <Answer
          key={answer.permalink}
          answer={answer}
          tags={tags}
          landingPath={landingPath}
        />
      ))}
    </ul>
  );
}
