/**
 * Sends knowledge-base answers that are due for a review to their owners:
 *
 *   npm run kb:review [-- --dry-run] [--now 2027-01-31] [--site-dir <dir>]
 *
 * An answer is due when it is older than the review age of the "May be stale"
 * badge or does not apply to the newest platform release (src/lib/kb/review.ts).
 * For each due answer without one, it opens a GitHub issue assigned to the
 * answer's contributors and labelled `kb-review`; it closes the issue of an
 * answer that is no longer due. It finds its own issues by that label and a
 * hidden marker in the body, so running it twice opens nothing twice.
 *
 * GITHUB_TOKEN authenticates (Actions passes `github.token`). The repository
 * comes from src/data/site.ts; the API from its host (github.com or GitHub
 * Enterprise Server), or from GITHUB_API_URL, which Actions sets. --dry-run
 * reads the open issues and prints what it would do, calling nothing that
 * writes.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

import {Octokit} from '@octokit/rest';

import {site, type GitHubRepository} from '../src/data/site';
import {
  answerUrl,
  closeComment,
  describeReason,
  issueBody,
  issueTitle,
  latestRelease,
  planReview,
  readReviewAnswer,
  REVIEW_LABEL,
  REVIEW_LABELS,
  ReviewError,
  validHandles,
  type PlannedClose,
  type PlannedIssue,
  type ReviewIssue,
} from '../src/lib/kb/review';
import {parseIsoDate} from '../src/lib/calendarDate';
import {readKbContext, readKbSources} from '../src/plugins/kb/read';

/** The REST API of a GitHub host: api.github.com, or `/api/v3` on Enterprise Server. */
export function apiBaseUrl(
  repository: Pick<GitHubRepository, 'host'>,
  env: Readonly<Record<string, string | undefined>> = {},
): string {
  const override = env.GITHUB_API_URL?.trim();
  if (override) {
    return override.replace(/\/+$/, '');
  }
  return repository.host === 'github.com'
    ? 'https://api.github.com'
    : `https://${repository.host}/api/v3`;
}

type Headers = Readonly<Record<string, string | number | undefined>>;

/**
 * How long to wait before trying a refused request again, in milliseconds, or
 * undefined when the answer is not a rate limit: 429, or 403 with
 * `retry-after` (secondary limit) or `x-ratelimit-remaining: 0` (primary limit,
 * until `x-ratelimit-reset`, in epoch seconds).
 */
export function rateLimitWait(
  status: number,
  headers: Headers,
  nowMs: number,
): number | undefined {
  if (status !== 403 && status !== 429) {
    return undefined;
  }
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
    return Math.max(0, retryAfter * 1000);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (
    String(headers['x-ratelimit-remaining']) === '0' &&
    Number.isFinite(reset)
  ) {
    // Half a second more, for the clocks of GitHub and the runner to differ.
    return Math.max(0, reset * 1000 - nowMs + 500);
  }
  // GitHub asks for at least a minute after a secondary limit without headers.
  return status === 429 ? 60_000 : undefined;
}

export interface ClientOptions {
  readonly token?: string;
  readonly baseUrl: string;
  /** Longest wait for a rate limit before giving up with an error. */
  readonly maxWaitMs?: number;
  /** How often one request is tried. */
  readonly attempts?: number;
  readonly log?: (line: string) => void;
}

interface HttpError {
  readonly status?: number;
  readonly response?: {readonly headers?: Headers};
}

/** Octokit that waits out rate limits and tries the request again. */
export function createClient({
  token,
  baseUrl,
  maxWaitMs = 15 * 60_000,
  attempts = 4,
  log = console.log,
}: ClientOptions): Octokit {
  const octokit = new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'baseplate-kb-review',
    // Octokit logs every 4xx as a warning; the review reports what matters.
    log: {debug: () => {}, info: () => {}, warn: () => {}, error: () => {}},
  });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(options);
      } catch (error) {
        const {status, response} = error as HttpError;
        const wait =
          status === undefined
            ? undefined
            : rateLimitWait(status, response?.headers ?? {}, Date.now());
        if (wait === undefined || attempt >= attempts) {
          throw error;
        }
        if (wait > maxWaitMs) {
          throw new Error(
            `GitHub's rate limit for this token resets in ${Math.ceil(wait / 60_000)} minutes, longer than the review waits: run it again later.`,
            {cause: error},
          );
        }
        log(
          `Rate limited by GitHub (${status}); trying ${options.method} ${options.url} again in ${Math.ceil(wait / 1000)} s.`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return octokit;
}

/** Every open issue with the review label, through all pages. */
export async function listReviewIssues(
  octokit: Octokit,
  repository: Pick<GitHubRepository, 'owner' | 'repo'>,
): Promise<ReviewIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: repository.owner,
    repo: repository.repo,
    state: 'open',
    labels: REVIEW_LABEL,
    per_page: 100,
  });
  return issues.map((issue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    html_url: issue.html_url,
    pull_request: issue.pull_request,
  }));
}

/** The last commit that changed a file, from Git; undefined outside a clone. */
export function lastCommit(
  siteDir: string,
  file: string,
): {sha: string; date: string} | undefined {
  const result = spawnSync(
    'git',
    ['log', '-1', '--format=%h %cs', '--', file],
    {
      cwd: siteDir,
      encoding: 'utf8',
    },
  );
  const [sha, date] =
    result.status === 0 ? result.stdout.trim().split(' ') : [];
  return sha && date ? {sha, date} : undefined;
}

async function canBeAssigned(
  octokit: Octokit,
  repository: Pick<GitHubRepository, 'owner' | 'repo'>,
  handle: string,
): Promise<boolean> {
  try {
    await octokit.rest.issues.checkUserCanBeAssigned({
      owner: repository.owner,
      repo: repository.repo,
      assignee: handle,
    });
    return true;
  } catch (error) {
    if ((error as HttpError).status === 404) {
      return false;
    }
    throw error;
  }
}

async function openIssue(
  octokit: Octokit,
  repository: GitHubRepository,
  planned: PlannedIssue,
  url: string,
): Promise<{number: number; assigned: string[]; unassignable: string[]}> {
  const handles = validHandles(planned.answer.contributors);
  const assignable: string[] = [];
  const unassignable: string[] = [];
  for (const handle of handles) {
    ((await canBeAssigned(octokit, repository, handle))
      ? assignable
      : unassignable
    ).push(handle);
  }
  const create = (assigned: string[], mentioned: string[]) =>
    octokit.rest.issues.create({
      owner: repository.owner,
      repo: repository.repo,
      title: issueTitle(planned.answer),
      body: issueBody(planned, {url, assigned, unassignable: mentioned}),
      labels: [...REVIEW_LABELS],
      assignees: assigned,
    });
  try {
    const {data} = await create(assignable, unassignable);
    return {number: data.number, assigned: assignable, unassignable};
  } catch (error) {
    // A handle that passed the check can still be refused (a user who left
    // between the two calls): open the issue anyway and mention everyone.
    if ((error as HttpError).status !== 422 || assignable.length === 0) {
      throw error;
    }
    const {data} = await create([], handles);
    return {number: data.number, assigned: [], unassignable: handles};
  }
}

async function closeIssue(
  octokit: Octokit,
  repository: GitHubRepository,
  planned: PlannedClose,
  body: string,
): Promise<void> {
  await octokit.rest.issues.createComment({
    owner: repository.owner,
    repo: repository.repo,
    issue_number: planned.issue.number,
    body,
  });
  await octokit.rest.issues.update({
    owner: repository.owner,
    repo: repository.repo,
    issue_number: planned.issue.number,
    state: 'closed',
    state_reason: planned.answer ? 'completed' : 'not_planned',
  });
}

export interface MainOptions {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly log?: (line: string) => void;
  readonly repository?: GitHubRepository;
}

export interface ReviewResult {
  readonly opened: readonly number[];
  readonly closed: readonly number[];
  readonly pending: number;
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) {
    return new Date();
  }
  const day = parseIsoDate(value.slice(0, 10));
  const date = new Date(value);
  if (day === undefined || Number.isNaN(date.getTime())) {
    throw new ReviewError(
      `--now "${value}" is not a date: write it as YYYY-MM-DD, e.g. --now 2027-01-31`,
    );
  }
  return date;
}

export async function review({
  argv,
  env,
  cwd,
  log = console.log,
  repository = site.github,
}: MainOptions): Promise<ReviewResult> {
  const {values} = parseArgs({
    args: [...argv],
    options: {
      'dry-run': {type: 'boolean', default: false},
      now: {type: 'string'},
      'site-dir': {type: 'string'},
    },
  });
  const dryRun = values['dry-run'];
  const now = parseNow(values.now);
  const siteDir = values['site-dir'] ?? cwd;
  const token = env.GITHUB_TOKEN?.trim() || undefined;
  if (!token && !dryRun) {
    throw new ReviewError(
      'GITHUB_TOKEN is not set: the review opens and closes issues with it. In Actions, pass GITHUB_TOKEN: ${{ github.token }}; by hand, use a token that may write issues, or run with --dry-run.',
    );
  }

  const context = readKbContext(siteDir, now);
  const latest = latestRelease(context.versions);
  const answers = readKbSources(siteDir).map((source) =>
    readReviewAnswer(source.file, source.source),
  );
  const octokit = createClient({
    token,
    baseUrl: apiBaseUrl(repository, env),
    log,
  });
  const issues = await listReviewIssues(octokit, repository);
  const plan = planReview(answers, issues, now, latest);
  const where = `${repository.owner}/${repository.repo}`;
  log(
    `${answers.length} answers, ${plan.open.length + plan.pending.length} due for review (current release ${latest}, ${now.toISOString().slice(0, 10)}); ${issues.length} open ${REVIEW_LABEL} issues in ${where}.`,
  );

  const opened: number[] = [];
  for (const planned of plan.open) {
    const url = answerUrl(site.url, site.baseUrl, planned.answer.file);
    const why = planned.reasons.map(describeReason).join(' ');
    if (dryRun) {
      const handles = validHandles(planned.answer.contributors);
      log(
        `Would open: ${issueTitle(planned.answer)} (${planned.answer.file}; for ${handles.join(', ') || 'nobody'}). ${why}`,
      );
      continue;
    }
    const result = await openIssue(octokit, repository, planned, url);
    opened.push(result.number);
    const mentioned =
      result.unassignable.length > 0
        ? `; mentioned ${result.unassignable.join(', ')}, who cannot be assigned`
        : '';
    log(
      `Opened #${result.number}: ${issueTitle(planned.answer)} (assigned to ${result.assigned.join(', ') || 'nobody'}${mentioned}). ${why}`,
    );
  }

  const closed: number[] = [];
  for (const planned of plan.close) {
    const commit = planned.answer
      ? lastCommit(siteDir, planned.file)
      : undefined;
    const body = closeComment(planned, latest, commit);
    if (dryRun) {
      log(`Would close #${planned.issue.number}: ${body}`);
      continue;
    }
    await closeIssue(octokit, repository, planned, body);
    closed.push(planned.issue.number);
    log(`Closed #${planned.issue.number}: ${body}`);
  }
  for (const {answer, issue} of plan.pending) {
    log(`Still due, issue open: #${issue.number} ${answer.file}`);
  }
  if (dryRun) {
    log('Dry run: nothing was opened or closed.');
  }
  return {opened, closed, pending: plan.pending.length};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  review({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
  }).catch((error: unknown) => {
    console.error(
      error instanceof ReviewError
        ? error.message
        : `kb:review failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  });
}
