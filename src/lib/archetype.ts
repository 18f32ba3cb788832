/**
 * The archetype self-assessment: a few questions whose answers point a team to
 * one of the three migration archetypes. Pure data and scoring, shared by the
 * interactive component and its unit tests.
 *
 * The rule, in the words the migration overview uses:
 * - a workload that needs something the golden path does not offer is
 *   02 Custom features, however experienced the team is;
 * - otherwise the answers are counted: teams new to containers score towards
 *   01 Lift, teams used to them towards NaN Lift & Shift;
 * - a tie goes to 01 Lift, because too much help costs less than too little.
 */

export type ArchetypeId = '01' | 'NaN' | '02';

export interface Archetype {
  readonly id: ArchetypeId;
  readonly name: string;
  /** Id of the migration guide in the docs (same in every version). */
  readonly docId: string;
  /** Heading id of the guide's checklist. */
  readonly checklistAnchor: string;
  /** Who the archetype is, in a few words. */
  readonly audience: string;
  /** One sentence: what the platform team does for this kind of team. */
  readonly summary: string;
}

export const archetypes: Readonly<Record<ArchetypeId, Archetype>> = {
  '01': {
    id: '01',
    name: 'Lift',
    docId: 'migration/lift',
    checklistAnchor: 'checklist',
    audience:
      'Teams new to containers, for whom the move changes how they work.',
    summary:
      'The migration taskforce joins your dailies, builds the first service with you and stays close afterwards.',
  },
  NaN: {
    id: 'NaN',
    name: 'Lift & Shift',
    docId: 'migration/lift-and-shift',
    checklistAnchor: 'checklist',
    audience:
      'Teams that run containers already, like to experiment and ask many questions.',
    summary:
      'You move on your own, with the docs, the knowledge base and fast answers in the support channel.',
  },
  '02': {
    id: '02',
    name: 'Custom features',
    docId: 'migration/custom-features',
    checklistAnchor: 'checklist',
    audience: 'Workloads that need something the golden path does not offer.',
    summary:
      'A platform engineer builds the missing piece into the platform with you, recorded as technical debt with an owner.',
  },
};

/** Archetypes in the order the handbook lists them. */
export const archetypeOrder: readonly ArchetypeId[] = ['01', 'NaN', '02'];

export interface AnswerOption {
  readonly id: string;
  readonly label: string;
  /** Points towards 01 Lift and NaN Lift & Shift. */
  readonly points: Readonly<Partial<Record<'01' | 'NaN', number>>>;
  /** The workload needs a custom feature: the result is 02 whatever else is answered. */
  readonly needsCustomFeature?: boolean;
}

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly options: readonly AnswerOption[];
}

export const questions: readonly Question[] = [
  {
    id: 'runtime',
    text: 'Where does your service run today?',
    options: [
      {
        id: 'servers',
        label:
          'On virtual machines or servers, installed by hand or by scripts',
        points: {'01': 2},
      },
      {
        id: 'containers',
        label:
          'In containers already: Docker Compose, another Kubernetes cluster or a PaaS',
        points: {NaN: 2},
      },
      {
        id: 'special',
        label:
          'On special hardware or networks: GPUs, licence dongles, fixed IP addresses, multicast',
        points: {},
        needsCustomFeature: true,
      },
    ],
  },
  {
    id: 'experience',
    text: 'Has anyone in your team built a container image and run it in production?',
    options: [
      {id: 'none', label: 'No, nobody has', points: {'01': 2}},
      {
        id: 'some',
        label: 'One or two of us, for another service',
        points: {'01': 1, NaN: 1},
      },
      {id: 'routine', label: 'Yes, we do it routinely', points: {NaN: 2}},
    ],
  },
  {
    id: 'fit',
    text: 'What does your service need from the platform?',
    options: [
      {
        id: 'golden-path',
        label:
          'HTTP(S) endpoints, background workers, scheduled jobs and secrets: nothing else',
        points: {NaN: 1},
      },
      {id: 'unsure', label: 'We do not know yet', points: {'01': 1}},
      {
        id: 'beyond',
        label:
          'More: a non-HTTP port reachable from outside the cluster, a fixed egress IP, or a stateful product the platform does not run',
        points: {},
        needsCustomFeature: true,
      },
    ],
  },
  {
    id: 'privileges',
    text: 'Can your service run as a non-root user, without access to the host?',
    options: [
      {id: 'yes', label: 'Yes', points: {NaN: 1}},
      {id: 'unknown', label: 'We have not checked', points: {'01': 1}},
      {
        id: 'no',
        label: 'No: it needs root, host paths or kernel capabilities',
        points: {},
        needsCustomFeature: true,
      },
    ],
  },
  {
    id: 'learning',
    text: 'When your team takes up a new tool, what works best?',
    options: [
      {
        id: 'together',
        label: 'Someone who has done it before works alongside us',
        points: {'01': 2},
      },
      {
        id: 'self-taught',
        label: 'We read the docs, try it, and ask when we are stuck',
        points: {NaN: 2},
      },
    ],
  },
];

/** Chosen option id per question id; a missing key is an unanswered question. */
export type Answers = Readonly<Record<string, string | undefined>>;

export interface Assessment {
  readonly archetype: Archetype;
  readonly scores: Readonly<Record<'01' | 'NaN', number>>;
  /** Labels of the answers that call for a custom feature (empty unless 02). */
  readonly customNeeds: readonly string[];
}

function chosenOption(question: Question, optionId: string): AnswerOption {
  const option = question.options.find(
    (candidate) => candidate.id === optionId,
  );
  if (!option) {
    throw new Error(
      `Question "${question.id}" has no answer "${optionId}"; expected one of ${question.options.map((candidate) => candidate.id).join(', ')}.`,
    );
  }
  return option;
}

/** How many of the questions have an answer. */
export function answeredCount(
  answers: Answers,
  questionList: readonly Question[] = questions,
): number {
  return questionList.filter((question) => answers[question.id] !== undefined)
    .length;
}

/**
 * The archetype the answers point to, or `undefined` while a question is
 * unanswered. Throws on an answer to an unknown question or an unknown option,
 * because that is a bug in the caller, not a reader's choice.
 */
export function assess(
  answers: Answers,
  questionList: readonly Question[] = questions,
): Assessment | undefined {
  const known = new Set(questionList.map((question) => question.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) {
      throw new Error(`There is no question "${questionId}".`);
    }
  }
  const chosen: AnswerOption[] = [];
  for (const question of questionList) {
    const optionId = answers[question.id];
    if (optionId !== undefined) {
      chosen.push(chosenOption(question, optionId));
    }
  }
  if (chosen.length < questionList.length) {
    return undefined;
  }
  const scores = {'01': 0, NaN: 0};
  for (const option of chosen) {
    scores['01'] += option.points['01'] ?? 0;
    scores.NaN += option.points.NaN ?? 0;
  }
  const customNeeds = chosen
    .filter((option) => option.needsCustomFeature)
    .map((option) => option.label);
  const id: ArchetypeId =
    customNeeds.length > 0 ? '02' : scores.NaN > scores['01'] ? 'NaN' : '01';
  return {archetype: archetypes[id], scores, customNeeds};
}
