/**
 * The request form: fields from src/lib/rent-request, validated inline and on
 * submit, kept as a draft in local storage, then a review step that opens the
 * prefilled GitHub issue. Browser only: the server-rendered page offers a
 * plain link to GitHub's blank form instead (see the page).
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';

import {site} from '@site/src/data/site';
import {
  FIELDS,
  buildRequestLink,
  localDateString,
  validateRequest,
  type FieldId,
  type RequestLink,
  type StoredDraft,
} from '@site/src/lib/rent-request';
import ErrorSummary from '../ErrorSummary';
import {ChoiceField, TextField, controlId} from '../FormFields';
import RequestReview from '../RequestReview';
import {useRequestDraft} from './useRequestDraft';
import styles from './styles.module.css';

/**
 * When a draft was saved, in the reader's own words and time. Made when a draft
 * is shown, not when the page loads: a page's first Intl date format loads the
 * browser's date data (80–100 ms of main thread on a phone).
 */
function formatSavedAt(savedAt: string | number): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(savedAt));
}

function DraftNote({
  storageAvailable,
  restored,
  onDiscard,
}: {
  storageAvailable: boolean;
  restored?: StoredDraft;
  onDiscard: () => void;
}): ReactNode {
  if (!storageAvailable) {
    return (
      <div className="alert alert--warning margin-bottom--lg" role="note">
        <p className="margin-bottom--none">
          <strong>Drafts are not kept.</strong> This browser does not let the
          page store anything (private browsing, or site data turned off), so
          what you type is lost if you reload or leave the page. The form works
          as usual otherwise.
        </p>
      </div>
    );
  }
  if (restored) {
    return (
      <div className="alert alert--info margin-bottom--lg" role="note">
        <p className="margin-bottom--sm">
          Your draft
          {restored.savedAt
            ? ` from ${formatSavedAt(restored.savedAt)}`
            : ''}{' '}
          is back. It stays in this browser until you open the issue on GitHub.
        </p>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={onDiscard}>
          Discard the draft
        </button>
      </div>
    );
  }
  return (
    <p className={styles.note}>
      Your answers are kept in this browser as you type, until you open the
      issue on GitHub. Nothing is sent anywhere before that.
    </p>
  );
}

export default function RequestForm(): ReactNode {
  const draft = useRequestDraft();
  const {values, setValues} = draft;
  const today = localDateString(new Date());

  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [review, setReview] = useState<RequestLink>();
  const [opened, setOpened] = useState(false);
  /** Where focus goes after the next render: the summary, the review or a field. */
  const [focusTarget, setFocusTarget] = useState<
    {kind: 'summary'} | {kind: 'review'} | {kind: 'field'; id: FieldId}
  >();

  const summaryRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);

  const errors = useMemo(() => validateRequest(values, today), [values, today]);
  const visibleError = (id: FieldId): string | undefined =>
    submitted || touched.has(id) ? errors[id] : undefined;
  const problems = FIELDS.filter((field) => errors[field.id]).map((field) => ({
    controlId: controlId(field.id),
    message: errors[field.id]!,
  }));

  useEffect(() => {
    if (!focusTarget) {
      return;
    }
    if (focusTarget.kind === 'summary') {
      summaryRef.current?.focus();
    } else if (focusTarget.kind === 'review') {
      reviewRef.current?.focus();
    } else {
      document.getElementById(controlId(focusTarget.id))?.focus();
    }
    setFocusTarget(undefined);
  }, [focusTarget]);

  const change = (id: FieldId, value: string): void =>
    setValues((previous) => ({...previous, [id]: value}));
  const touch = (id: FieldId): void =>
    setTouched((previous) =>
      previous.has(id) ? previous : new Set(previous).add(id),
    );

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      setFocusTarget({kind: 'summary'});
      return;
    }
    setReview(buildRequestLink(site.github, values));
    setOpened(false);
    setFocusTarget({kind: 'review'});
  };

  const edit = (id: FieldId): void => {
    setReview(undefined);
    setFocusTarget({kind: 'field', id});
  };

  const startAgain = (): void => {
    draft.reset();
    setTouched(new Set());
    setSubmitted(false);
    setReview(undefined);
    setOpened(false);
    setFocusTarget({kind: 'field', id: 'engagement'});
  };

  if (review) {
    return (
      <RequestReview
        link={review}
        opened={opened}
        headingRef={reviewRef}
        onChange={edit}
        onOpen={() => {
          setOpened(true);
          draft.forget();
        }}
        onStartAgain={startAgain}
      />
    );
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      {submitted && problems.length > 0 && (
        <ErrorSummary ref={summaryRef} problems={problems} />
      )}
      <DraftNote
        storageAvailable={draft.storageAvailable}
        restored={draft.restored}
        onDiscard={startAgain}
      />
      {FIELDS.map((field) =>
        field.control === 'radio' ? (
          <ChoiceField
            key={field.id}
            field={field}
            value={values[field.id]}
            error={visibleError(field.id)}
            onChange={(value) => {
              change(field.id, value);
              touch(field.id);
            }}
          />
        ) : (
          <TextField
            key={field.id}
            field={field}
            value={values[field.id]}
            error={visibleError(field.id)}
            min={today}
            onChange={(value) => change(field.id, value)}
            onBlur={(event) => {
              // Judge an answer once the reader leaves it, not while they type
              // it; after that, the message follows every change. Not when
              // they leave it for the submit button: a message appearing now
              // would push the button away between press and release, and the
              // click would be lost. The submit shows every message anyway.
              const next = event.relatedTarget;
              if (next instanceof HTMLButtonElement && next.type === 'submit') {
                return;
              }
              if (values[field.id].trim() !== '' || submitted) {
                touch(field.id);
              }
            }}
          />
        ),
      )}
      <button type="submit" className="button button--primary button--lg">
        Check your request
      </button>
    </form>
  );
}
