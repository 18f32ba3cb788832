import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useActiveVersion} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';

import {
  answeredCount,
  archetypeOrder,
  archetypes,
  assess,
  questions,
  type AnswerOption,
  type Answers,
  type Archetype,
} from '@site/src/lib/archetype';
import styles from './styles.module.css';

/** Path of each archetype's guide in the docs version the reader is on. */
function useGuidePaths(): Record<string, string> {
  const version = useActiveVersion(undefined);
  const paths: Record<string, string> = {};
  for (const id of archetypeOrder) {
    const {docId} = archetypes[id];
    const doc = version?.docs.find((candidate) => candidate.id === docId);
    if (!doc) {
      throw new Error(
        `The archetype self-assessment links to the doc "${docId}", which this docs version does not have: add it, or change docId in src/lib/archetype.ts.`,
      );
    }
    paths[id] = doc.path;
  }
  return paths;
}

function label(archetype: Archetype): string {
  return `${archetype.id} ${archetype.name}`;
}

function pointsTo(option: AnswerOption): string {
  if (option.needsCustomFeature) {
    return label(archetypes['02']);
  }
  const towards = archetypeOrder.filter(
    (id) => id !== '02' && (option.points[id as '01' | 'NaN'] ?? 0) > 0,
  );
  return towards.map((id) => label(archetypes[id])).join(' and ');
}

/**
 * Without JavaScript (and before hydration) the questions are a plain list
 * that says which archetype each answer points to, so a reader can count.
 */
function StaticAssessment({
  guidePaths,
}: {
  readonly guidePaths: Record<string, string>;
}): ReactNode {
  return (
    <div className={styles.assessment}>
      <ol className={styles.questions}>
        {questions.map((question) => (
          <li key={question.id} className={styles.question}>
            <p className={styles.questionText}>{question.text}</p>
            <ul>
              {question.options.map((option) => (
                <li key={option.id}>
                  {option.label} <em>(points to {pointsTo(option)})</em>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p>
        Any answer that points to 02 Custom features makes your team 02.
        Otherwise, the archetype most of your answers point to is yours; a tie
        means 01 Lift.
      </p>
      <ul>
        {archetypeOrder.map((id) => (
          <li key={id}>
            <Link to={guidePaths[id]}>The {label(archetypes[id])} guide</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Result({
  answers,
  guidePaths,
}: {
  readonly answers: Answers;
  readonly guidePaths: Record<string, string>;
}): ReactNode {
  const result = assess(answers);
  if (!result) {
    return (
      <p>
        {answeredCount(answers)} of {questions.length} questions answered.
        Answer all of them to see your archetype.
      </p>
    );
  }
  const {archetype, customNeeds} = result;
  const guide = guidePaths[archetype.id]!;
  return (
    <>
      <Heading as="h3" className={styles.resultTitle}>
        Your team is {label(archetype)}
      </Heading>
      <p>{archetype.summary}</p>
      {customNeeds.length > 0 && (
        <>
          <p>Because your workload needs:</p>
          <ul>
            {customNeeds.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.resultLinks}>
        <Link className="button button--primary" to={guide}>
          Read the {label(archetype)} guide
        </Link>
        <Link to={`${guide}#${archetype.checklistAnchor}`}>
          Go straight to its checklist
        </Link>
      </p>
    </>
  );
}

function InteractiveAssessment({
  guidePaths,
}: {
  readonly guidePaths: Record<string, string>;
}): ReactNode {
  const [answers, setAnswers] = useState<Answers>({});
  const formId = useId();
  return (
    <form
      className={styles.assessment}
      aria-label="Archetype self-assessment"
      onSubmit={(event) => event.preventDefault()}>
      <ol className={styles.questions}>
        {questions.map((question, index) => (
          <li key={question.id} className={styles.question}>
            <fieldset className={styles.fieldset}>
              <legend className={styles.questionText}>
                <span className={styles.number}>{index + 1}.</span>{' '}
                {question.text}
              </legend>
              {question.options.map((option) => {
                const id = `${formId}-${question.id}-${option.id}`;
                return (
                  <div key={option.id} className={styles.option}>
                    <input
                      type="radio"
                      id={id}
                      name={`${formId}-${question.id}`}
                      value={option.id}
                      checked={answers[question.id] === option.id}
                      onChange={() =>
                        setAnswers((previous) => ({
                          ...previous,
                          [question.id]: option.id,
                        }))
                      }
                    />
                    <label htmlFor={id}>{option.label}</label>
                  </div>
                );
              })}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className={styles.result} role="status" aria-live="polite">
        <Result answers={answers} guidePaths={guidePaths} />
      </div>
      {answeredCount(answers) > 0 && (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => setAnswers({})}>
          Start again
        </button>
      )}
    </form>
  );
}

/**
 * The archetype self-assessment on the migration overview page: five
 * questions, then the archetype they point to and a link to its guide in the
 * docs version the reader is on.
 */
export default function ArchetypeAssessment(): ReactNode {
  const isBrowser = useIsBrowser();
  const guidePaths = useGuidePaths();
  return isBrowser ? (
    <InteractiveAssessment guidePaths={guidePaths} />
  ) : (
    <StaticAssessment guidePaths={guidePaths} />
  );
}
