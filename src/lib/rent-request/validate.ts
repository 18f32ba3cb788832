/**
 * Validation of a rent-an-engineer request, with messages that say what to
 * do. The page shows them beside each field and in the error summary; the
 * issue URL is only built for a draft without errors.
 */
import {parseIsoDate} from '../calendarDate';
import {
  DURATION_WEEKS,
  FIELDS,
  type FieldDefinition,
  type FieldId,
  type RequestDraft,
} from './fields';
import {textLength} from './text';

export type RequestErrors = Partial<Record<FieldId, string>>;

/** What to write when a required field is empty, in the reader's words. */
const MISSING: Record<FieldId, string> = {
  engagement: 'Choose rent an engineer or pair up',
  title: 'Enter a one-line summary of what you need',
  team: 'Enter the name of your team',
  requester: 'Enter your GitHub handle',
  contact: 'Enter where the platform team can reach your team',
  archetype: 'Choose the archetype that fits your team',
  goal: 'Describe what should be built, and why',
  start: 'Enter the date you would like to start',
  duration: 'Enter the number of weeks',
  skills: 'Enter the skills the work needs',
  links: 'Enter at least one link',
};

/**
 * A github.com handle: letters, digits and single hyphens, not at either end,
 * at most 39 characters. Enterprise Managed Users add `_shortcode`.
 */
const GITHUB_HANDLE =
  /^(?=[A-Za-z0-9-]{1,39}(?:_|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:_[A-Za-z0-9]{1,20})?$/;

/** The handle without the `@` a reader may type before it. */
export function normaliseHandle(value: string): string {
  return value.trim().replace(/^@/, '');
}

export function isGitHubHandle(value: string): boolean {
  return GITHUB_HANDLE.test(normaliseHandle(value));
}

/** The date in the reader's own time zone as `YYYY-MM-DD`, the format of `<input type="date">`. */
export function localDateString(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True for a `YYYY-MM-DD` string that names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Non-empty lines of a links answer, trimmed. */
export function linkLines(value: string): string[] {
  return value
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname !== '' &&
      !/\s/.test(value)
    );
  } catch {
    return false;
  }
}

function checkFormat(
  id: FieldId,
  value: string,
  today: string,
): string | undefined {
  switch (id) {
    case 'engagement':
    case 'archetype': {
      const field = FIELDS.find((candidate) => candidate.id === id);
      const options =
        field?.control === 'radio'
          ? field.options.map((option) => option.value)
          : [];
      return (options as readonly string[]).includes(value)
        ? undefined
        : `Choose one of: ${options.join(', ')}`;
    }
    case 'requester':
      return isGitHubHandle(value)
        ? undefined
        : 'Enter a GitHub handle as it appears in your profile address, such as mona-lisa: letters, digits and single hyphens, without spaces';
    case 'start':
      if (!isRealDate(value)) {
        return 'Enter a real date, for example 2030-03-04 for 4 March 2030';
      }
      return value < today
        ? 'The start date must be today or later'
        : undefined;
    case 'duration': {
      if (!/^\d+$/.test(value)) {
        return `Enter a whole number of weeks, from ${DURATION_WEEKS.min} to ${DURATION_WEEKS.max}`;
      }
      const weeks = Number(value);
      return weeks < DURATION_WEEKS.min || weeks > DURATION_WEEKS.max
        ? `The duration must be from ${DURATION_WEEKS.min} to ${DURATION_WEEKS.max} weeks`
        : undefined;
    }
    case 'links': {
      const lines = linkLines(value);
      const bad = lines.findIndex((line) => !isWebAddress(line));
      if (bad === -1) {
        return undefined;
      }
      const which = lines.length === 1 ? 'This' : `Line ${bad + 1}`;
      return `${which} is not a web address: put one address per line, each starting with https://`;
    }
    default:
      return undefined;
  }
}

const counts = new Intl.NumberFormat('en');

/** `5000` → `5,000`, as counters and messages show numbers. */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** The message for one field, or undefined when its value is fine. */
export function validateField(
  field: FieldDefinition,
  rawValue: string,
  today: string,
): string | undefined {
  const id = field.id as FieldId;
  const value = rawValue.trim();
  if (value === '') {
    return field.required ? MISSING[id] : undefined;
  }
  if ('maxLength' in field && field.maxLength !== undefined) {
    const length = textLength(value);
    if (length > field.maxLength) {
      const noun = ('noun' in field && field.noun) || field.label;
      return `${noun} must be ${formatCount(field.maxLength)} characters or fewer; it has ${formatCount(length)}`;
    }
  }
  return checkFormat(id, value, today);
}

/**
 * Every problem with a draft, by field, in the order of the form. `today` is
 * the reader's date as `YYYY-MM-DD` (see localDateString), passed in so the
 * function stays pure.
 */
export function validateRequest(
  draft: RequestDraft,
  today: string,
): RequestErrors {
  const errors: RequestErrors = {};
  for (const field of FIELDS) {
    const message = validateField(field, draft[field.id], today);
    if (message) {
      errors[field.id] = message;
    }
  }
  return errors;
}
