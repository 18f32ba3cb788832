/**
 * The list of problems shown above the form after a failed submit. It takes
 * focus, so a screen reader reads it at once, and each problem links to its
 * field (GOV.UK's error summary pattern).
 */
import type {MouseEvent, ReactNode, Ref} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import styles from './styles.module.css';

export interface Problem {
  /** The id of the control to focus. */
  readonly controlId: string;
  readonly message: string;
}

/** Focuses the field itself; following the fragment would only scroll to it. */
function focusControl(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const control = document.getElementById(id);
  if (!control) {
    return;
  }
  event.preventDefault();
  // Scroll the label and hint into view too, not only the control.
  (control.closest('fieldset, div') ?? control).scrollIntoView({
    block: 'start',
  });
  control.focus({preventScroll: true});
}

export interface ErrorSummaryProps {
  readonly problems: readonly Problem[];
  readonly ref?: Ref<HTMLDivElement>;
}

export default function ErrorSummary({
  problems,
  ref,
}: ErrorSummaryProps): ReactNode {
  return (
    <div
      ref={ref}
      className={`alert alert--danger ${styles.summary}`}
      tabIndex={-1}>
      {/* No id: Docusaurus would add a "direct link" anchor to the heading. */}
      <Heading as="h3" className={styles.title}>
        There{' '}
        {problems.length === 1
          ? 'is a problem'
          : `are ${problems.length} problems`}{' '}
        with the request
      </Heading>
      <ul className={styles.list}>
        {problems.map((problem) => (
          <li key={problem.controlId}>
            <Link
              href={`#${problem.controlId}`}
              onClick={(event) => focusControl(event, problem.controlId)}>
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
