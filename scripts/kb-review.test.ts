/**
 * `npm run kb:review` against a stand-in for the GitHub REST API: a node:http
 * server on 127.0.0.1 that keeps issues in memory, pages its lists with `Link`
 * headers as GitHub does (two issues a page, to make paging happen), refuses
 * requests with rate-limit answers on demand, and records every call.
 */
import {execFile} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {site} from '../src/data/site';
import {markerFile, reviewMarker} from '../src/lib/kb/review';
import {apiBaseUrl, rateLimitWait, review} from './kb-review';

const ROOT = join(__dirname, '..');
const PAGE_SIZE = 2;
const NOW = '2027-01-31';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body?: Record<string, unknown>;
}

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: {name: string}[];
  assignees: {login: string}[];
  comments: string[];
}

interface StandIn {
  readonly calls: Call[];
  readonly issues: Issue[];
  readonly url: string;
  /** The next requests whose path starts with `path` are refused like this. */
  refuse(path: string, kind: 'primary' | 'secondary'): void;
  close(): Promise<void>;
}

/** Only these handles may be assigned in the stand-in's repository. */
const ASSIGNABLE = new Set(['amara-okafor', 'lena-brandt']);

async function startStandIn(): Promise<StandIn> {
  const calls: Call[] = [];
  const issues: Issue[] = [];
  const refusals: {path: string; kind: 'primary' | 'secondary'}[] = [];
  let server: Server | undefined;
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = raw
        ? (JSON.parse(raw) as Record<string, unknown>)
        : undefined;
      calls.push({
        method: request.method ?? '',
        path: url.pathname + url.search,
        body,
      });
      const send = (
        status: number,
        data?: unknown,
        headers: Record<string, string> = {},
      ) => {
        response.writeHead(status, {
          'content-type': 'application/json',
          ...headers,
        });
        response.end(data === undefined ? '' : JSON.stringify(data));
      };
      const refusal = refusals.findIndex((r) =>
        url.pathname.startsWith(r.path),
      );
      if (refusal !== -1) {
        const {kind} = refusals.splice(refusal, 1)[0]!;
        return kind === 'primary'
          ? send(
              403,
              {message: 'API rate limit exceeded'},
              {
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
              },
            )
          : send(429, {message: 'secondary rate limit'}, {'retry-after': '1'});
      }
      const match = /^\/repos\/([^/]+)\/([^/]+)\/(.*)$/.exec(url.pathname);
      const rest = match?.[3] ?? '';
      const number = Number(/^issues\/(\d+)/.exec(rest)?.[1]);
      const found = issues.find((issue) => issue.number === number);
      if (request.method === 'GET' && rest === 'issues') {
        const label = url.searchParams.get('labels');
        const matching = issues.filter(
          (issue) =>
            issue.state === url.searchParams.get('state') &&
            issue.labels.some((l) => l.name === label),
        );
        const perPage = Math.min(
          Number(url.searchParams.get('per_page') ?? 30),
          PAGE_SIZE,
        );
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < matching.length) {
          const next = new URL(url.href);
          next.host = request.headers.host ?? '';
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(
          200,
          matching.slice((page - 1) * perPage, page * perPage),
          headers,
        );
      }
      if (request.method === 'GET' && rest.startsWith('assignees/')) {
        return send(
          ASSIGNABLE.has(rest.slice('assignees/'.length)) ? 204 : 404,
        );
      }
      if (request.method === 'POST' && rest === 'issues') {
        const assignees = (body?.assignees as string[] | undefined) ?? [];
        if (assignees.some((handle) => !ASSIGNABLE.has(handle))) {
          return send(422, {message: 'Validation Failed'});
        }
        const issue: Issue = {
          number: issues.length + 1,
          title: String(body?.title),
          body: String(body?.body),
          state: 'open',
          labels: ((body?.labels as string[] | undefined) ?? []).map(
            (name) => ({name}),
          ),
          assignees: assignees.map((login) => ({login})),
          comments: [],
        };
        issues.push(issue);
        return send(201, issue);
      }
      if (request.method === 'POST' && found && rest.endsWith('/comments')) {
        found.comments.push(String(body?.body));
        return send(201, {id: found.comments.length});
      }
      if (request.method === 'PATCH' && found) {
        found.state = body?.state === 'closed' ? 'closed' : found.state;
        return send(200, found);
      }
      return send(404, {message: 'Not Found'});
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    calls,
    issues,
    url: `http://127.0.0.1:${port}`,
    refuse: (path, kind) => refusals.push({path, kind}),
    close: () =>
      new Promise((resolve) => {
        server!.close(() => resolve());
        server = undefined;
      }),
  };
}

function answer(
  title: string,
  lastVerified: string,
  appliesTo: string,
  contributors: string,
): string {
  return [
    '---',
    `title: ${title}`,
    'description: A one-line answer that is long enough for the check.',
    'tags: [dns]',
    `contributors: ${contributors}`,
    `last_verified: ${lastVerified}`,
    `applies_to: ${appliesTo}`,
    '---',
    '',
    'The answer.',
    '',
  ].join('\n');
}

let siteDir: string;
let api: StandIn;
const lines: string[] = [];

function run(...argv: string[]) {
  return review({
    argv: ['--site-dir', siteDir, '--now', NOW, ...argv],
    env: {GITHUB_TOKEN: 'test-token', GITHUB_API_URL: api.url},
    cwd: ROOT,
    log: (line) => lines.push(line),
  });
}

const writes = (calls: readonly Call[]) =>
  calls.filter((call) => call.method !== 'GET');

beforeEach(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'kb-review-'));
  mkdirSync(join(siteDir, 'kb', 'dns'), {recursive: true});
  cpSync(join(ROOT, 'kb', 'tags.yml'), join(siteDir, 'kb', 'tags.yml'));
  writeFileSync(join(siteDir, 'versions.json'), '["2026.1", "2025.2"]\n');
  const files: Record<string, string> = {
    'fresh.md': answer(
      'Is this one fresh?',
      '2026-12-02',
      "['2026.1']",
      '[amara-okafor]',
    ),
    'stale.md': answer(
      'Is this one stale?',
      '2026-01-05',
      "['2026.1', 'next']",
      '[amara-okafor, lena-brandt]',
    ),
    'old-release.md': answer(
      'Does this only work on the old release?',
      '2026-12-01',
      "['2025.2']",
      '[lena-brandt, left-the-company]',
    ),
    'unreleased.md': answer(
      'Is this about next?',
      '2026-12-01',
      "['next']",
      '[amara-okafor]',
    ),
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(siteDir, 'kb', 'dns', name), text);
  }
  api = await startStandIn();
  lines.length = 0;
});

afterEach(async () => {
  await api.close();
  rmSync(siteDir, {recursive: true, force: true});
});

describe('kb:review', () => {
  it('opens one issue per due answer, assigned to its contributors and labelled', async () => {
    const result = await run();
    expect(result.opened).toHaveLength(2);
    const byFile = new Map(
      api.issues.map((issue) => [markerFile(issue.body), issue]),
    );
    expect([...byFile.keys()].sort()).toEqual([
      'kb/dns/old-release.md',
      'kb/dns/stale.md',
    ]);

    const stale = byFile.get('kb/dns/stale.md')!;
    expect(stale.title).toBe('Review the answer "Is this one stale?"');
    expect(stale.assignees.map((a) => a.login)).toEqual([
      'amara-okafor',
      'lena-brandt',
    ]);
    expect(stale.labels.map((l) => l.name)).toEqual([
      'kb-review',
      'documentation',
    ]);
    expect(stale.body).toContain(`${site.url}${site.baseUrl}kb/dns/stale/`);
    expect(stale.body).toContain('Stale since 2026-07-05');

    // A contributor who cannot be assigned is mentioned instead.
    const old = byFile.get('kb/dns/old-release.md')!;
    expect(old.assignees.map((a) => a.login)).toEqual(['lena-brandt']);
    expect(old.body).toContain('@left-the-company');
    expect(old.body).toContain(
      'Applies only to 2025.2 while 2026.1 is the current release.',
    );

    expect(
      api.calls.filter(
        (c) => c.path.includes('/issues') && c.method === 'POST',
      ),
    ).toHaveLength(2);
    expect(
      api.calls.every((c) =>
        c.path.startsWith(`/repos/${site.github.owner}/${site.github.repo}/`),
      ),
    ).toBe(true);
  });

  it('opens nothing on a second run', async () => {
    await run();
    const before = api.calls.length;
    const result = await run();
    expect(result).toEqual({opened: [], closed: [], pending: 2});
    expect(writes(api.calls.slice(before))).toEqual([]);
    expect(api.issues).toHaveLength(2);
  });

  it('closes the issue of an answer that a commit re-verified', async () => {
    await run();
    const stale = api.issues.find(
      (issue) => markerFile(issue.body) === 'kb/dns/stale.md',
    )!;
    writeFileSync(
      join(siteDir, 'kb', 'dns', 'stale.md'),
      answer(
        'Is this one stale?',
        '2027-01-30',
        "['2026.1', 'next']",
        '[amara-okafor]',
      ),
    );
    // The re-verification is a commit; the closing comment names it.
    const git = (...args: string[]) =>
      promisify(execFile)(
        'git',
        ['-c', 'user.name=Amara', '-c', 'user.email=a@example.com', ...args],
        {cwd: siteDir, encoding: 'utf8'},
      );
    await git('init', '--quiet');
    await git('add', '.');
    await git('commit', '--quiet', '-m', 'Re-verify the stale answer');
    const sha = (await git('log', '-1', '--format=%h')).stdout.trim();
    const result = await run();
    expect(result.closed).toEqual([stale.number]);
    expect(stale.state).toBe('closed');
    expect(stale.comments).toHaveLength(1);
    expect(stale.comments[0]).toMatch(
      new RegExp(
        `kb/dns/stale\\.md\` was re-verified in commit ${sha} \\(\\d{4}-\\d{2}-\\d{2}\\): last verified on 2027-01-30`,
      ),
    );
    expect(api.issues.filter((issue) => issue.state === 'open')).toHaveLength(
      1,
    );
  });

  it('reads every page of open issues before deciding what is new', async () => {
    // Five kb-review issues opened by hand, then the review's own issue on the third page.
    for (let n = 1; n <= 5; n += 1) {
      api.issues.push({
        number: n,
        title: `Hand-made ${n}`,
        body: 'Not from the review',
        state: 'open',
        labels: [{name: 'kb-review'}],
        assignees: [],
        comments: [],
      });
    }
    api.issues.push({
      number: 6,
      title: 'Review the answer "Is this one stale?"',
      body: `…\n${reviewMarker('kb/dns/stale.md')}\n`,
      state: 'open',
      labels: [{name: 'kb-review'}],
      assignees: [],
      comments: [],
    });
    const result = await run();
    const pages = api.calls.filter(
      (c) => c.method === 'GET' && /\/issues\?/.test(c.path),
    );
    expect(pages.length).toBe(3);
    expect(result.pending).toBe(1);
    expect(
      api.issues.filter(
        (issue) => markerFile(issue.body) === 'kb/dns/stale.md',
      ),
    ).toHaveLength(1);
    expect(result.opened).toHaveLength(1);
  });

  it('waits out a primary and a secondary rate limit and tries again', async () => {
    api.refuse(
      `/repos/${site.github.owner}/${site.github.repo}/issues`,
      'primary',
    );
    api.refuse(
      `/repos/${site.github.owner}/${site.github.repo}/issues`,
      'secondary',
    );
    const started = Date.now();
    const result = await run();
    const elapsed = Date.now() - started;
    expect(result.opened).toHaveLength(2);
    expect(api.issues).toHaveLength(2);
    expect(
      lines.filter((line) => line.startsWith('Rate limited')),
    ).toHaveLength(2);
    // Retry-after 1 s, and a reset at the next whole second: at least a second in all.
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  }, 20_000);

  it('--dry-run reports what it would do and writes nothing', async () => {
    const result = await run('--dry-run');
    expect(result.opened).toEqual([]);
    expect(writes(api.calls)).toEqual([]);
    expect(lines.filter((line) => line.startsWith('Would open:'))).toHaveLength(
      2,
    );
  });

  it('runs as a command: npm run kb:review -- --dry-run', async () => {
    // Asynchronously: the stand-in answers from this process.
    const cli = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'kb-review.ts'),
        '--dry-run',
        '--now',
        NOW,
        '--site-dir',
        siteDir,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {...process.env, GITHUB_TOKEN: '', GITHUB_API_URL: api.url},
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toContain(
      'Would open: Review the answer "Is this one stale?"',
    );
    expect(cli.stdout).toContain('Dry run: nothing was opened or closed.');
    expect(api.calls.length).toBeGreaterThan(0);
    expect(writes(api.calls)).toEqual([]);
  }, 90_000);

  it('refuses to write without a token, naming the fix', async () => {
    await expect(
      review({
        argv: ['--site-dir', siteDir],
        env: {GITHUB_API_URL: api.url},
        cwd: ROOT,
        log: () => {},
      }),
    ).rejects.toThrow(/GITHUB_TOKEN is not set.*--dry-run/);
    expect(api.calls).toEqual([]);
  });
});

describe('apiBaseUrl and rateLimitWait', () => {
  it('finds the API of github.com and of GitHub Enterprise Server, and takes the override', () => {
    expect(apiBaseUrl({host: 'github.com'})).toBe('https://api.github.com');
    expect(apiBaseUrl({host: 'git.northwind.example'})).toBe(
      'https://git.northwind.example/api/v3',
    );
    expect(
      apiBaseUrl(
        {host: 'github.com'},
        {GITHUB_API_URL: 'https://ghe.example/api/v3/'},
      ),
    ).toBe('https://ghe.example/api/v3');
  });

  it('tells a rate limit from a refusal', () => {
    const now = 1_800_000_000_000;
    expect(rateLimitWait(429, {'retry-after': '3'}, now)).toBe(3000);
    expect(
      rateLimitWait(
        403,
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(now / 1000 + 10),
        },
        now,
      ),
    ).toBe(10_500);
    expect(
      rateLimitWait(403, {'x-ratelimit-remaining': '12'}, now),
    ).toBeUndefined();
    expect(rateLimitWait(404, {'retry-after': '3'}, now)).toBeUndefined();
  });
});
