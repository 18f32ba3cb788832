/**
 * The knowledge-base review (`npm run kb:review`): which answers are due for a
 * check by their contributors, and the GitHub issues that ask for it. An
 * answer is due when it is older than the review age of the "May be stale"
 * badge, or when it does not apply to the newest platform release. Pure: the
 * script reads the files and talks to GitHub.
 */
import {MS_PER_DAY, parseIsoDate} from '../calendarDate';
import {entryPath, parseEntry} from './check';
import {isStale, normaliseDate, STALE_AFTER_DAYS, toIsoDate} from './dates';
import {GITHUB_HANDLE} from './frontMatter';
import {NEXT_VERSION, versionLabel} from './versions';

/** Every issue the review opens carries this label; it finds its own issues by it. */
export const REVIEW_LABEL = 'kb-review';

/**
 * The labels of a review issue: the review's own, and `documentation`, the
 * label the docs-problem issue form (.github/ISSUE_TEMPLATE) gives the issues
 * the maintainers triage.
 */
export const REVIEW_LABELS: readonly string[] = [REVIEW_LABEL, 'documentation'];

/** What the review needs to know about one answer. */
export interface ReviewAnswer {
  /** `kb/<topic>/<slug>.md`. */
  readonly file: string;
  readonly title: string;
  readonly lastVerified: string;
  readonly appliesTo: readonly string[];
  readonly contributors: readonly string[];
}

export type DueReason =
  | {
      readonly kind: 'stale';
      readonly lastVerified: string;
      readonly since: string;
    }
  | {
      readonly kind: 'version';
      readonly appliesTo: readonly string[];
      readonly latest: string;
    };

/** An open issue as the GitHub API lists it (only the fields the review reads). */
export interface ReviewIssue {
  readonly number: number;
  readonly title: string;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly pull_request?: unknown;
}

export interface PlannedIssue {
  readonly answer: ReviewAnswer;
  readonly reasons: readonly DueReason[];
}

export interface PlannedClose {
  readonly issue: ReviewIssue;
  readonly file: string;
  /** Undefined when the answer file is gone. */
  readonly answer?: ReviewAnswer;
}

export interface ReviewPlan {
  /** Due answers without an open review issue. */
  readonly open: readonly PlannedIssue[];
  /** Open review issues of answers that are no longer due (or no longer exist). */
  readonly close: readonly PlannedClose[];
  /** Due answers that already have their open issue. */
  readonly pending: readonly {answer: ReviewAnswer; issue: ReviewIssue}[];
}

/** Thrown for an answer the review cannot read; names the file and the fix. */
export class ReviewError extends Error {
  override name = 'ReviewError';
}

/**
 * The newest platform release: the first entry of versions.json, the version
 * the docs serve at /docs and mark as the latest (Docusaurus' default
 * `lastVersion`, which docusaurus.config.ts does not change). `next` is the
 * unreleased one and never counts.
 */
export function latestRelease(versions: readonly string[]): string {
  const latest = versions.find((version) => version !== NEXT_VERSION);
  if (latest === undefined) {
    throw new ReviewError(
      'versions.json names no released platform version: list the releases, newest first, e.g. ["2026.1", "2025.2"]',
    );
  }
  return latest;
}

/** The hidden line that ties an issue to its answer: `<!-- kb-review: kb/dns/x.md -->`. */
export function reviewMarker(file: string): string {
  return `<!-- ${REVIEW_LABEL}: ${file} -->`;
}

const MARKER = new RegExp(`<!-- ${REVIEW_LABEL}: (kb/[^\\s>]+\\.mdx?) -->`);

/** The answer file an issue body's marker names, or undefined for any other issue. */
export function markerFile(
  body: string | null | undefined,
): string | undefined {
  return body ? MARKER.exec(body)?.[1] : undefined;
}

/** The first day on which the badge calls an answer verified on `lastVerified` stale. */
export function staleSince(
  lastVerified: string,
  staleAfterDays: number = STALE_AFTER_DAYS,
): string {
  const day = parseIsoDate(lastVerified);
  if (day === undefined) {
    throw new ReviewError(`"${lastVerified}" is not a YYYY-MM-DD date`);
  }
  return toIsoDate(new Date((day + staleAfterDays + 1) * MS_PER_DAY));
}

/**
 * Why an answer is due for review on `now`, empty when it is not:
 *
 * - stale: verified longer ago than the badge allows (`isStale`, the badge's
 *   own rule and age);
 * - version: it lists neither the newest release nor `next`. An answer for
 *   `next` alone describes what is not released yet, so it is not due; once
 *   that version is released, its `applies_to` names the release it checked.
 */
export function dueReasons(
  answer: ReviewAnswer,
  now: Date,
  latest: string,
): DueReason[] {
  const reasons: DueReason[] = [];
  if (isStale(answer.lastVerified, now)) {
    reasons.push({
      kind: 'stale',
      lastVerified: answer.lastVerified,
      since: staleSince(answer.lastVerified),
    });
  }
  if (
    !answer.appliesTo.includes(latest) &&
    !answer.appliesTo.includes(NEXT_VERSION)
  ) {
    reasons.push({kind: 'version', appliesTo: answer.appliesTo, latest});
  }
  return reasons;
}

/** Reads the review fields of one answer file; errors name the file and the field. */
export function readReviewAnswer(file: string, source: string): ReviewAnswer {
  let data: Record<string, unknown>;
  try {
    data = (parseEntry(source).data ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new ReviewError(
      `${file}: front matter is not valid YAML (${String((error as Error).message).split('\n')[0]}): fix it (npx vitest run tests/kb.test.ts shows every problem)`,
    );
  }
  const strings = (field: string): string[] => {
    const value = data[field];
    if (
      !Array.isArray(value) ||
      value.length === 0 ||
      !value.every((item) => typeof item === 'string')
    ) {
      throw new ReviewError(
        `${file}: front matter "${field}" is not a list of quoted text: see contribute/kb-answer.md`,
      );
    }
    return value as string[];
  };
  const title = data.title;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new ReviewError(
      `${file}: front matter "title" is missing: write the question the answer answers`,
    );
  }
  const lastVerified = normaliseDate(data.last_verified);
  if (lastVerified === undefined) {
    throw new ReviewError(
      `${file}: front matter "last_verified" is not a YYYY-MM-DD date: write the day the steps were last checked`,
    );
  }
  return {
    file,
    title: title.trim(),
    lastVerified,
    appliesTo: strings('applies_to'),
    contributors: strings('contributors'),
  };
}

/** Contributors GitHub can take as assignees or mentions: valid handles only, without "@". */
export function validHandles(contributors: readonly string[]): string[] {
  return [
    ...new Set(
      contributors
        .map((handle) => handle.trim().replace(/^@/, ''))
        .filter((handle) => GITHUB_HANDLE.test(handle)),
    ),
  ];
}

/** What to compare against the open issues, and what to open and close. */
export function planReview(
  answers: readonly ReviewAnswer[],
  openIssues: readonly ReviewIssue[],
  now: Date,
  latest: string,
): ReviewPlan {
  const issueByFile = new Map<string, ReviewIssue>();
  for (const issue of openIssues) {
    const file = issue.pull_request ? undefined : markerFile(issue.body);
    // Should two issues ever name one answer, the older one (listed first) counts.
    if (file !== undefined && !issueByFile.has(file)) {
      issueByFile.set(file, issue);
    }
  }
  const answerByFile = new Map(answers.map((answer) => [answer.file, answer]));
  const open: PlannedIssue[] = [];
  const pending: {answer: ReviewAnswer; issue: ReviewIssue}[] = [];
  const close: PlannedClose[] = [];
  for (const answer of answers) {
    const reasons = dueReasons(answer, now, latest);
    const issue = issueByFile.get(answer.file);
    if (reasons.length === 0) {
      if (issue) {
        close.push({issue, file: answer.file, answer});
      }
    } else if (issue) {
      pending.push({answer, issue});
    } else {
      open.push({answer, reasons});
    }
  }
  for (const [file, issue] of issueByFile) {
    if (!answerByFile.has(file)) {
      close.push({issue, file});
    }
  }
  close.sort((a, b) => a.issue.number - b.issue.number);
  return {open, close, pending};
}

/** `Review the answer "How do I …?"`. */
export function issueTitle(answer: ReviewAnswer): string {
  return `Review the answer "${answer.title}"`;
}

/** `https://site/kb/<topic>/<slug>/`, the answer's page (trailing slash, as the site builds it). */
export function answerUrl(
  siteUrl: string,
  baseUrl: string,
  file: string,
): string {
  const path = entryPath(file);
  if (!path) {
    throw new ReviewError(
      `${file} is not in a topic folder: answers live at kb/<topic>/<question>.md`,
    );
  }
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${siteUrl.replace(/\/+$/, '')}${base}kb/${path.topic}/${path.slug}/`;
}

function list(versions: readonly string[]): string {
  const labels = versions.map(versionLabel);
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}

/** One sentence per reason, as the issue and the dry run say it. */
export function describeReason(reason: DueReason): string {
  return reason.kind === 'stale'
    ? `Stale since ${reason.since}: last verified on ${reason.lastVerified}, more than ${STALE_AFTER_DAYS} days ago, so the site shows readers "May be stale".`
    : `Applies only to ${list(reason.appliesTo)} while ${reason.latest} is the current release.`;
}

export interface IssueBodyOptions {
  readonly url: string;
  /** Handles GitHub accepted as assignees. */
  readonly assigned: readonly string[];
  /** Valid handles that could not be assigned in the repository: mentioned instead. */
  readonly unassignable: readonly string[];
}

/** The issue body: where the answer is, why it is due, what to do; the marker last. */
export function issueBody(
  planned: PlannedIssue,
  {url, assigned, unassignable}: IssueBodyOptions,
): string {
  const {answer, reasons} = planned;
  const todo: string[] = [];
  if (reasons.some((reason) => reason.kind === 'stale')) {
    todo.push(
      '- Follow the steps on the platform again. If they still work, set `last_verified` to today; if not, fix the answer and then set it.',
    );
  }
  const version = reasons.find((reason) => reason.kind === 'version');
  if (version) {
    todo.push(
      `- Check the steps on ${version.latest}. If they work, add \`'${version.latest}'\` to \`applies_to\` (and set \`last_verified\` to today); if they do not, write what changed in ${version.latest} or say in the answer which release it is for.`,
    );
  } else {
    todo.push(
      '- Update `applies_to` if the versions the steps work on have changed.',
    );
  }
  const who = [
    assigned.length > 0
      ? `Assigned to the answer's contributors: ${assigned.join(', ')}.`
      : '',
    unassignable.length > 0
      ? `${unassignable.map((handle) => `@${handle}`).join(', ')}: you contributed to this answer but cannot be assigned in this repository; could you take a look anyway?`
      : '',
  ].filter(Boolean);
  return [
    `The knowledge-base answer **${answer.title}** is due for a review.`,
    '',
    `- File: \`${answer.file}\``,
    `- On the site: ${url}`,
    '',
    '## Why now',
    '',
    ...reasons.map((reason) => `- ${describeReason(reason)}`),
    '',
    '## What to do',
    '',
    ...todo,
    '- Open a pull request with the change. Anyone may do it: add your handle to `contributors`.',
    '',
    'Once the change is merged, the weekly review (`npm run kb:review`, `.github/workflows/kb-review.yml`) closes this issue. How it works: `contribute/kb-review.md`.',
    ...(who.length > 0 ? ['', ...who] : []),
    '',
    reviewMarker(answer.file),
    '',
  ].join('\n');
}

/** The comment that closes an issue whose answer is no longer due. */
export function closeComment(
  planned: PlannedClose,
  latest: string,
  commit?: {readonly sha: string; readonly date: string},
): string {
  if (!planned.answer) {
    return `\`${planned.file}\` is no longer in the knowledge base, so there is nothing left to review. Closing.`;
  }
  const by = commit ? ` in commit ${commit.sha} (${commit.date})` : '';
  return `\`${planned.file}\` was re-verified${by}: last verified on ${planned.answer.lastVerified}, and it applies to ${list(planned.answer.appliesTo)} (current release: ${latest}). It is no longer due for review. Closing; thank you!`;
}
