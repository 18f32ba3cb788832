/**
 * `npm run support:handoff` against a stand-in for the chat on 127.0.0.1,
 * with the published rotation: once through the real command line (tsx), and
 * in-process for the runs that sweep hours.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';

import {startChatStandIn, type ChatStandIn} from './lib/chat-stand-in';
import {supportHandoff} from './support-handoff';

const SITE_DIR = join(__dirname, '..');
const HOUR = 3600 * 1000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) {
    await cleanup();
  }
});

async function chat(...args: Parameters<typeof startChatStandIn>) {
  const stand = await startChatStandIn(...args);
  cleanups.push(() => stand.close());
  return stand;
}

function stateFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'support-handoff-'));
  cleanups.push(() => rmSync(dir, {recursive: true, force: true}));
  return join(dir, 'state', 'sent.json');
}

function sentIds(file: string): string[] {
  return Object.keys(
    (JSON.parse(readFileSync(file, 'utf8')) as {sent: object}).sent,
  );
}

/** Posted messages' texts, in order. */
function posted(stand: ChatStandIn): string[] {
  return stand.requests.map((r) => (JSON.parse(r.body) as {text: string}).text);
}

async function run(stand: ChatStandIn, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await supportHandoff(
    ['--backoff-ms', '10', '--timeout-ms', '5000', ...args],
    {SUPPORT_WEBHOOK_URL: stand.url},
    {out: (l) => out.push(l), err: (l) => err.push(l)},
  );
  return {code, out: out.join('\n'), err: err.join('\n')};
}

/**
 * The command as `npm run support:handoff` runs it. Asynchronous: the chat
 * stand-in lives in this process and has to answer while the command waits.
 */
function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{status: number | null; stdout: string; stderr: string}> {
  const child = spawn(
    process.execPath,
    [
      join(SITE_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(SITE_DIR, 'scripts', 'support-handoff.ts'),
      ...args,
    ],
    {cwd: tmpdir(), env: {PATH: process.env.PATH, ...env}},
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr}));
  });
}

// Sunday 28 March 2027, 12:07 in Copenhagen: the shift of 22 March is
// running and its pair starts tomorrow, on the first day of summer time.
const SUNDAY = '2027-03-28T10:07:00Z';

describe('the command line', () => {
  it('posts what is due once, and a re-run with the same state posts nothing', async () => {
    const stand = await chat();
    const state = stateFile();
    const first = await cli(['--now', SUNDAY, '--state', state], {
      SUPPORT_WEBHOOK_URL: stand.url,
    });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Sent handoff:2027-03-22T09:00:00+01:00.');
    expect(first.stdout).toContain('Sent reminder:2027-03-29T09:00:00+02:00.');
    expect(posted(stand)).toHaveLength(2);
    expect(posted(stand)[0]).toMatch(/^Support handoff\./);
    expect(posted(stand)[1]).toMatch(/^Reminder for @\S+ and @\S+: /);
    expect(stand.requests[1]!.contentType).toBe('application/json');
    expect(sentIds(state)).toEqual([
      'handoff:2027-03-22T09:00:00+01:00',
      'reminder:2027-03-29T09:00:00+02:00',
    ]);

    const again = await run(stand, ['--now', SUNDAY, '--state', state]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'Already sent: handoff:2027-03-22T09:00:00+01:00.',
    );
    expect(again.out).toContain('Nothing to send');
    expect(stand.requests).toHaveLength(2);
  });

  it('--dry-run prints the messages and sends and writes nothing', async () => {
    const stand = await chat();
    const state = stateFile();
    const result = await cli(['--dry-run', '--now', SUNDAY, '--state', state], {
      SUPPORT_WEBHOOK_URL: stand.url,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Would send handoff:2027-03-22T09:00:00\+01:00:\nSupport handoff\. On support from Mon 22 Mar 09:00 until Mon 29 Mar 09:00/,
    );
    expect(result.stdout).toContain(
      'Would send reminder:2027-03-29T09:00:00+02:00:\nReminder for ',
    );
    expect(result.stdout).toContain('Dry run: nothing was sent');
    expect(stand.requests).toHaveLength(0);
    expect(existsSync(state)).toBe(false);
  });

  it('refuses to send without a webhook or without a state file', async () => {
    const noUrl = await cli(['--now', SUNDAY, '--state', 'x.json'], {});
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain(
      'SUPPORT_WEBHOOK_URL is not set. Fix: set it to the incoming webhook',
    );
    await expect(
      supportHandoff(
        ['--now', SUNDAY],
        {SUPPORT_WEBHOOK_URL: 'http://127.0.0.1:9/hook'},
        {out: () => {}, err: () => {}},
      ),
    ).rejects.toThrow('--state <file> is required when sending');
  });
});

describe('runs over time', () => {
  async function hourly(
    stand: ChatStandIn,
    state: string,
    from: string,
    hours: number,
  ) {
    const runs: {now: string; posts: number}[] = [];
    for (let i = 0; i < hours; i++) {
      const now = new Date(Date.parse(from) + i * HOUR).toISOString();
      const before = stand.requests.length;
      const result = await run(stand, ['--now', now, '--state', state]);
      expect(result.code, result.err).toBe(0);
      runs.push({now, posts: stand.requests.length - before});
    }
    return runs.filter((r) => r.posts > 0);
  }

  it('posts each handoff and reminder once across both DST changes, at the right UTC hour', async () => {
    const stand = await chat();
    const state = stateFile();
    // Spring: Sunday 28 March 2027 the clocks go forward; Monday's handoff
    // at 09:00 is 07:00 UTC, a week after one at 08:00 UTC.
    const spring = await hourly(stand, state, '2027-03-28T00:07:00Z', 36);
    // Autumn: Sunday 31 October back; Monday's handoff is 08:00 UTC.
    const autumn = await hourly(stand, state, '2027-10-31T00:07:00Z', 36);
    expect(spring).toEqual([
      // The first run: the running shift (late) and, that day, the reminder.
      {now: '2027-03-28T00:07:00.000Z', posts: 1},
      {now: '2027-03-28T07:07:00.000Z', posts: 1},
      {now: '2027-03-29T07:07:00.000Z', posts: 1},
    ]);
    expect(autumn).toEqual([
      // This state never saw the shift of 25 October: announced, late.
      {now: '2027-10-31T00:07:00.000Z', posts: 1},
      {now: '2027-10-31T08:07:00.000Z', posts: 1},
      {now: '2027-11-01T08:07:00.000Z', posts: 1},
    ]);
    const what = posted(stand).map((text) =>
      text.startsWith('Reminder for @')
        ? `reminder ${/from tomorrow, (\w+ \d+ \w+ \d\d:\d\d)/.exec(text)?.[1]}`
        : `handoff ${/^Support handoff\. On support from (\w+ \d+ \w+ \d\d:\d\d)/.exec(text)?.[1]}`,
    );
    expect(what).toEqual([
      'handoff Mon 22 Mar 09:00',
      'reminder Mon 29 Mar 09:00',
      'handoff Mon 29 Mar 09:00',
      'handoff Mon 25 Oct 09:00',
      'reminder Mon 1 Nov 09:00',
      'handoff Mon 1 Nov 09:00',
    ]);
    // The March ids were pruned on the way: the state stays small.
    expect(sentIds(state)).toEqual([
      'handoff:2027-10-25T09:00:00+02:00',
      'handoff:2027-11-01T09:00:00+01:00',
      'reminder:2027-11-01T09:00:00+01:00',
    ]);
  });
});

describe('when the chat fails', () => {
  // Monday 29 March 2027, 14:07 Copenhagen: only the new shift's handoff is due.
  const MONDAY = '2027-03-29T12:07:00Z';

  it('retries after a 500 and posts once', async () => {
    const stand = await chat((n) =>
      n === 1 ? {status: 500, body: 'internal error'} : {status: 200},
    );
    const state = stateFile();
    const result = await run(stand, ['--now', MONDAY, '--state', state]);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      'handoff:2027-03-29T09:00:00+02:00: try 1 failed (HTTP 500: internal error); trying again in 10 ms.',
    );
    expect(result.out).toContain(
      'Sent handoff:2027-03-29T09:00:00+02:00 (on try 2).',
    );
    expect(stand.requests).toHaveLength(2);
    expect(stand.requests[0]!.body).toBe(stand.requests[1]!.body);
    expect(sentIds(state)).toEqual(['handoff:2027-03-29T09:00:00+02:00']);
    expect((await run(stand, ['--now', MONDAY, '--state', state])).code).toBe(
      0,
    );
    expect(stand.requests).toHaveLength(2);
  });

  it('fails naming the timeout when the chat never answers, and records nothing', async () => {
    const stand = await chat(() => 'hang');
    const state = stateFile();
    const result = await run(stand, [
      '--now',
      MONDAY,
      '--state',
      state,
      '--attempts',
      '2',
      '--timeout-ms',
      '300',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /handoff:2027-03-29T09:00:00\+02:00 was not sent: Posting to the webhook failed 2 time\(s\); last: timeout: no answer within 300 ms\./,
    );
    expect(stand.requests).toHaveLength(2);
    expect(existsSync(state)).toBe(false);
  });

  it('after a lasting 500 keeps only what was sent, and a later run posts the rest once', async () => {
    // Sunday: the handoff goes through, then the chat breaks for the reminder.
    const stand = await chat((n) =>
      n === 1 ? {status: 200} : {status: 502, body: '<html>Bad gateway</html>'},
    );
    const state = stateFile();
    const broken = await run(stand, ['--now', SUNDAY, '--state', state]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(
      'reminder:2027-03-29T09:00:00+02:00 was not sent: Posting to the webhook failed 3 time(s); last: HTTP 502: <html>Bad gateway</html>.',
    );
    expect(stand.requests).toHaveLength(4);
    const recorded = readFileSync(state, 'utf8');
    expect(sentIds(state)).toEqual(['handoff:2027-03-22T09:00:00+01:00']);

    stand.reply(() => ({status: 200}));
    const later = new Date(Date.parse(SUNDAY) + HOUR).toISOString();
    const fixed = await run(stand, ['--now', later, '--state', state]);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain(
      'Already sent: handoff:2027-03-22T09:00:00+01:00.',
    );
    expect(fixed.out).toContain('Sent reminder:2027-03-29T09:00:00+02:00.');
    expect(stand.requests).toHaveLength(5);
    expect(readFileSync(state, 'utf8')).not.toBe(recorded);
    expect((await run(stand, ['--now', later, '--state', state])).code).toBe(0);
    expect(stand.requests).toHaveLength(5);
  });

  it('fails at once when the chat refuses the message', async () => {
    const stand = await chat(() => ({status: 403, body: 'invalid_token'}));
    const state = stateFile();
    const result = await run(stand, ['--now', MONDAY, '--state', state]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'refused the message (HTTP 403: invalid_token)',
    );
    expect(stand.requests).toHaveLength(1);
    expect(existsSync(state)).toBe(false);
  });
});
