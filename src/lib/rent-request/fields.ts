/**
 * The one list of rent-an-engineer request fields. The page renders it, the
 * validation checks it, the issue URL is built from it, and the tests compare
 * it with .github/ISSUE_TEMPLATE/rent-an-engineer.yml (YAML cannot import
 * TypeScript, so a test keeps the two in step: ids, labels, input types).
 *
 * To add or change a field: edit FIELDS here and the template's `body` together;
 * `npm run test:unit` names anything that disagrees.
 */

import {site} from '../../data/site';
import {repositoryPath, repositoryUrl} from '../github';

/** File name of the issue form, sent as `template=` so GitHub opens it. */
export const TEMPLATE_FILE = 'rent-an-engineer.yml';

/** Label the template puts on every request; the page links to the open ones. */
export const REQUEST_LABEL = 'rent-an-engineer';

/** GitHub refuses issue titles longer than this many characters. */
export const TITLE_MAX_LENGTH = 256;

/** Shortest and longest engagement the platform team takes on, in weeks. */
export const DURATION_WEEKS = {min: 1, max: 12} as const;

export interface ChoiceOption {
  /** The text sent to GitHub and shown as the radio button's label. */
  readonly value: string;
  /** One sentence under the label that helps the reader choose. */
  readonly hint: string;
}

interface FieldBase {
  /**
   * The template field's `id`, which is also the query parameter that
   * prefills it. For the summary it is `title`, GitHub's own parameter.
   */
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
}

export interface TextFieldDefinition extends FieldBase {
  readonly control: 'input' | 'textarea';
  /**
   * What the page asks for; GitHub receives text either way. `date` is a
   * native date picker; `number` is a text box with a numeric keyboard, as
   * GOV.UK advises, because `type="number"` turns `1e` into an empty value.
   */
  readonly inputType?: 'text' | 'date' | 'number';
  /** Longest value in characters (grapheme clusters); shown as a live counter. */
  readonly maxLength?: number;
  /** How messages name the answer: "The summary must be …". */
  readonly noun?: string;
  readonly placeholder?: string;
  readonly autoComplete?: string;
}

export interface ChoiceFieldDefinition extends FieldBase {
  /** Radio buttons on the page, a text `input` in the template (see contribute/rent-an-engineer.md). */
  readonly control: 'radio';
  readonly options: readonly ChoiceOption[];
}

export type FieldDefinition = TextFieldDefinition | ChoiceFieldDefinition;

/** A repository and an issue on the organisation's own GitHub host, as examples. */
function exampleLinks(): string {
  const example = {...site.github, repo: 'orders'};
  return [
    repositoryUrl(example).href,
    repositoryPath(example, ['issues', '42']).href,
  ].join('\n');
}

export const ENGAGEMENT_TYPES = [
  {
    value: 'Rent an engineer',
    hint: 'A platform engineer joins your team for a few weeks to build a custom feature with you.',
  },
  {
    value: 'Pair up',
    hint: 'A platform engineer pairs with your developers and skips every meeting except your scrum events.',
  },
] as const satisfies readonly ChoiceOption[];

export const ARCHETYPES = [
  {
    value: '01 Lift',
    hint: 'New to containers: you want hands-on help and someone in your dailies.',
  },
  {
    value: 'NaN Lift & Shift',
    hint: 'You experiment and follow the docs, and have many questions along the way.',
  },
  {
    value: '02 Custom features',
    hint: 'Your workload does not fit the golden path and needs something built in the platform.',
  },
] as const satisfies readonly ChoiceOption[];

export const FIELDS = [
  {
    id: 'engagement',
    label: 'Engagement type',
    hint: 'How the engineer works with your team.',
    control: 'radio',
    required: true,
    options: ENGAGEMENT_TYPES,
  },
  {
    id: 'title',
    label: 'Summary',
    hint: 'One line that says what you need. It becomes the title of the issue.',
    control: 'input',
    required: true,
    maxLength: 100,
    noun: 'The summary',
    placeholder: 'Print carrier labels from the orders service',
  },
  {
    id: 'team',
    label: 'Team',
    hint: 'The team the engineer would join.',
    control: 'input',
    required: true,
    maxLength: 80,
    noun: 'The team name',
    placeholder: 'Orders',
    autoComplete: 'organization-title',
  },
  {
    id: 'requester',
    label: 'Your GitHub handle',
    hint: 'The name in your GitHub profile address, such as mona-lisa.',
    control: 'input',
    required: true,
    placeholder: 'mona-lisa',
    autoComplete: 'username',
  },
  {
    id: 'contact',
    label: 'Contact channel',
    hint: 'Where the platform team reaches your team: a chat channel or a shared mailbox.',
    control: 'input',
    required: true,
    maxLength: 100,
    noun: 'The contact channel',
    placeholder: '#orders-dev',
  },
  {
    id: 'archetype',
    label: 'Migration archetype',
    hint: 'The kind of team you are on the migration path.',
    control: 'radio',
    required: true,
    options: ARCHETYPES,
  },
  {
    id: 'goal',
    label: 'What should be built, and why',
    hint: 'What the engineer should help build or change, the problem it solves for your team, and what done looks like.',
    control: 'textarea',
    required: true,
    maxLength: 5000,
    noun: 'The description',
    placeholder:
      'Our carrier-label service needs a printer on the warehouse network. We need a way to reach it from the platform, documented so the next team can do the same. Done when labels print from production.',
  },
  {
    id: 'start',
    label: 'Desired start date',
    hint: 'The earliest day your team can start. The platform team confirms the date in the issue.',
    control: 'input',
    inputType: 'date',
    required: true,
  },
  {
    id: 'duration',
    label: 'Duration in weeks',
    hint: `A whole number of weeks, from ${DURATION_WEEKS.min} to ${DURATION_WEEKS.max}.`,
    control: 'input',
    inputType: 'number',
    required: true,
    placeholder: '4',
  },
  {
    id: 'skills',
    label: 'Skills needed',
    hint: 'Technologies and know-how the work needs, so the right engineer is asked.',
    control: 'textarea',
    required: false,
    maxLength: 1000,
    noun: 'The list of skills',
    placeholder: 'Network policies, Helm, a little Go',
  },
  {
    id: 'links',
    label: 'Links',
    hint: 'Repositories, designs and tickets: one web address per line.',
    control: 'textarea',
    required: false,
    maxLength: 2000,
    noun: 'The list of links',
    placeholder: exampleLinks(),
  },
] as const satisfies readonly FieldDefinition[];

export type FieldId = (typeof FIELDS)[number]['id'];

/** What the reader typed, by field id; every value is a string, possibly empty. */
export type RequestDraft = Readonly<Record<FieldId, string>>;

export const FIELD_IDS: readonly FieldId[] = FIELDS.map((field) => field.id);

/** GitHub's own query parameter for the issue title; every other field id is a template field. */
export const TITLE_PARAM = 'title';

export function fieldById(id: FieldId): FieldDefinition {
  const field: FieldDefinition | undefined = FIELDS.find(
    (candidate) => candidate.id === id,
  );
  if (!field) {
    throw new Error(`Unknown rent-an-engineer field "${id}".`);
  }
  return field;
}

export function emptyDraft(): RequestDraft {
  return Object.fromEntries(FIELD_IDS.map((id) => [id, ''])) as RequestDraft;
}
