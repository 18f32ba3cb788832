/**
 * Labelled form fields with a hint, an inline error and, for text with a
 * limit, a live character count. Errors are tied to the control with
 * aria-invalid and aria-describedby, so a screen reader reads the label, the
 * error and the hint together.
 */
import {useEffect, useState, type FocusEvent, type ReactNode} from 'react';
import clsx from 'clsx';

import {
  formatCount,
  textLength,
  type ChoiceFieldDefinition,
  type TextFieldDefinition,
} from '@site/src/lib/rent-request';
import styles from './styles.module.css';

/** The element id of a field's control; the error summary links to it. */
export function controlId(fieldId: string): string {
  return `rent-${fieldId}`;
}

/** A screen reader hears the count this long after the reader stops typing. */
const ANNOUNCE_DELAY_MS = 1000;
/** …and only once this share of the limit is used, so it is not chatty. */
const ANNOUNCE_FROM = 0.8;

function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

function Label({
  htmlFor,
  label,
  required,
}: {
  htmlFor?: string;
  label: string;
  required: boolean;
}): ReactNode {
  const text = (
    <>
      {label}
      {!required && <span className={styles.optional}> (optional)</span>}
    </>
  );
  return htmlFor ? (
    <label className={styles.label} htmlFor={htmlFor}>
      {text}
    </label>
  ) : (
    <legend className={styles.label}>{text}</legend>
  );
}

function ErrorMessage({id, error}: {id: string; error?: string}): ReactNode {
  if (!error) {
    return null;
  }
  return (
    <p id={id} className={styles.error}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

function CharacterCount({
  id,
  value,
  max,
}: {
  id: string;
  value: string;
  max: number;
}): ReactNode {
  const length = textLength(value);
  const over = length - max;
  const message =
    over > 0
      ? `${formatCount(over)} ${over === 1 ? 'character' : 'characters'} too many`
      : `${formatCount(length)} of ${formatCount(max)} characters`;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(
      () => setAnnounced(length >= max * ANNOUNCE_FROM ? message : ''),
      ANNOUNCE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [length, max, message]);
  return (
    <>
      <p
        id={id}
        className={clsx(styles.count, over > 0 && styles.countOver)}
        data-testid={id}>
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

export interface TextFieldProps {
  readonly field: TextFieldDefinition;
  readonly value: string;
  readonly error?: string;
  /** Earliest date a date field offers. */
  readonly min?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: (event: FocusEvent) => void;
}

export function TextField({
  field,
  value,
  error,
  min,
  onChange,
  onBlur,
}: TextFieldProps): ReactNode {
  const id = controlId(field.id);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const common = {
    id,
    name: field.id,
    value,
    placeholder: field.placeholder,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      error && errorId,
      hintId,
      field.maxLength !== undefined && countId,
    ),
    className: clsx(styles.control, error && styles.controlInvalid),
    onBlur,
  } as const;
  return (
    <div className={clsx(styles.field, error && styles.fieldInvalid)}>
      <Label htmlFor={id} label={field.label} required={field.required} />
      <p id={hintId} className={styles.hint}>
        {field.hint}
      </p>
      <ErrorMessage id={errorId} error={error} />
      {field.control === 'textarea' ? (
        <textarea
          {...common}
          rows={field.id === 'goal' ? 8 : 4}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className={clsx(
            common.className,
            field.inputType === 'date' && styles.controlDate,
            field.inputType === 'number' && styles.controlNumber,
          )}
          type={field.inputType === 'date' ? 'date' : 'text'}
          inputMode={field.inputType === 'number' ? 'numeric' : undefined}
          min={field.inputType === 'date' ? min : undefined}
          autoComplete={field.autoComplete ?? 'off'}
          spellCheck={field.inputType ? false : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {field.maxLength !== undefined && (
        <CharacterCount id={countId} value={value} max={field.maxLength} />
      )}
    </div>
  );
}

export interface ChoiceFieldProps {
  readonly field: ChoiceFieldDefinition;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (value: string) => void;
}

/** Radio buttons in a fieldset; the first one (or the chosen one) takes focus from the error summary. */
export function ChoiceField({
  field,
  value,
  error,
  onChange,
}: ChoiceFieldProps): ReactNode {
  const id = controlId(field.id);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={clsx(
        styles.field,
        styles.fieldset,
        error && styles.fieldInvalid,
      )}
      aria-describedby={describedBy(error && errorId, hintId)}>
      <Label label={field.label} required={field.required} />
      <p id={hintId} className={styles.hint}>
        {field.hint}
      </p>
      <ErrorMessage id={errorId} error={error} />
      <div className={styles.options}>
        {field.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className={styles.option} key={option.value}>
              <input
                id={optionId}
                className={styles.radio}
                type="radio"
                name={field.id}
                value={option.value}
                checked={value === option.value}
                required={field.required}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${optionId}-hint`}
                onChange={() => onChange(option.value)}
              />
              <label className={styles.optionLabel} htmlFor={optionId}>
                {option.value}
              </label>
              <p id={`${optionId}-hint`} className={styles.optionHint}>
                {option.hint}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
