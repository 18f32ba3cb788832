/**
 * Announces support handoffs in the support channel through an incoming
 * webhook: at each handoff the new pair and the next one, and the day before
 * a shift a reminder to the incoming pair. Which messages are due is worked
 * out from the rotation data and the time (src/lib/rotation/handoff.ts), so
 * it is meant to run often (the workflow runs it hourly); a state file keeps
 * the ids of what was sent, so nothing is announced twice.
 *
 *   SUPPORT_WEBHOOK_URL=https://… npm run support:handoff -- --state <file>
 *   npm run support:handoff -- --dry-run [--now 2027-03-29T09:30:00+02:00]
 *
 * Options: --dry-run (print, send nothing, write nothing), --now <ISO 8601>,
 * --state <file>, --attempts <n> (3), --backoff-ms <ms> (1000),
 * --timeout-ms <ms> (10000). Exits 0 when everything due was sent or had
 * been sent before, 1 when a post failed (the state keeps only what was sent).
 * See contribute/support-rotation.md.
 */
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

import {site} from '../src/data/site';
import {
  dueMessages,
  markSent,
  parseState,
  pruneState,
  serialiseState,
  wasSent,
  type HandoffState,
} from '../src/lib/rotation/handoff';
import {RotationSchedule} from '../src/lib/rotation/schedule';
import {DEFAULT_SOURCES} from '../src/lib/rotation/sources';
import {loadRotation} from '../src/plugins/support-rotation/load';
import {postWebhook} from './lib/webhook';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

class UsageError extends Error {}

function positiveInteger(
  value: string | undefined,
  flag: string,
  fallback: number,
): number {
  if (value === undefined) {
    return fallback;
  }
  const number = Number(value);
  if (
    !Number.isInteger(number) ||
    number < 0 ||
    (flag === '--attempts' && number < 1)
  ) {
    throw new UsageError(
      `${flag} ${value} is not a whole number${flag === '--attempts' ? ' of at least 1' : ''}.`,
    );
  }
  return number;
}

/** The /support page, with the same environment overrides as docusaurus.config.ts. */
function pageUrl(env: NodeJS.ProcessEnv): string {
  const siteUrl = env.SITE_URL || site.url;
  const baseUrl = env.BASE_URL || site.baseUrl;
  return new URL(
    `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}support`,
    siteUrl,
  ).href;
}

async function readState(file: string): Promise<HandoffState> {
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  return parseState(text, file);
}

async function writeState(file: string, state: HandoffState): Promise<void> {
  await mkdir(dirname(file), {recursive: true});
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialiseState(state), 'utf8');
  await rename(temporary, file);
}

/** Runs the command; resolves with the exit code. */
export async function supportHandoff(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  const {values} = parseArgs({
    args: [...args],
    options: {
      'dry-run': {type: 'boolean', default: false},
      now: {type: 'string'},
      state: {type: 'string'},
      attempts: {type: 'string'},
      'backoff-ms': {type: 'string'},
      'timeout-ms': {type: 'string'},
    },
  });
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (Number.isNaN(now)) {
    throw new UsageError(
      `--now ${values.now} is not a date and time. Fix: use ISO 8601, e.g. 2027-03-29T09:30:00+02:00.`,
    );
  }
  const dryRun = values['dry-run'];
  const attempts = positiveInteger(values.attempts, '--attempts', 3);
  const backoffMs = positiveInteger(values['backoff-ms'], '--backoff-ms', 1000);
  const timeoutMs = positiveInteger(
    values['timeout-ms'],
    '--timeout-ms',
    10_000,
  );
  const stateFile =
    values.state === undefined ? undefined : resolve(values.state);
  const webhook = env.SUPPORT_WEBHOOK_URL?.trim();
  if (!dryRun) {
    if (!webhook) {
      throw new UsageError(
        'SUPPORT_WEBHOOK_URL is not set. Fix: set it to the incoming webhook of the support channel, or use --dry-run.',
      );
    }
    if (!/^https?:\/\//.test(webhook)) {
      throw new UsageError(
        'SUPPORT_WEBHOOK_URL does not start with https:// (or http://). Fix: paste the whole address of the incoming webhook.',
      );
    }
    if (stateFile === undefined) {
      throw new UsageError(
        '--state <file> is required when sending: it records what was sent, so that nothing is announced twice.',
      );
    }
  }

  const rotation = await loadRotation(
    {siteDir: SITE_DIR, ...DEFAULT_SOURCES},
    site.timeZone,
  );
  const schedule = new RotationSchedule(rotation);
  const due = dueMessages(schedule, now, {
    pageUrl: pageUrl(env),
    supportChannel: site.supportChannel,
  });
  let state = stateFile === undefined ? undefined : await readState(stateFile);
  const at = new Date(now).toISOString();
  const pending = due.filter((message) => {
    if (state && wasSent(state, message.id)) {
      io.out(`Already sent: ${message.id}.`);
      return false;
    }
    return true;
  });
  if (pending.length === 0) {
    io.out(
      due.length === 0
        ? `Nothing is due at ${at}: no handoff has happened yet and the first shift is more than a day away.`
        : `Nothing to send at ${at}.`,
    );
    return 0;
  }
  if (dryRun) {
    for (const message of pending) {
      io.out(`Would send ${message.id}:\n${message.payload.text}\n`);
    }
    io.out(
      `Dry run: nothing was sent${stateFile ? ` and ${values.state} is unchanged` : ''}.`,
    );
    return 0;
  }

  for (const message of pending) {
    try {
      const {attempts: tries} = await postWebhook(webhook!, message.payload, {
        attempts,
        backoffMs,
        timeoutMs,
        onRetry: (reason, waitMs, attempt) =>
          io.err(
            `${message.id}: try ${attempt} failed (${reason}); trying again in ${waitMs} ms.`,
          ),
      });
      state = pruneState(markSent(state!, message.id, now), now);
      await writeState(stateFile!, state);
      io.out(`Sent ${message.id}${tries > 1 ? ` (on try ${tries})` : ''}.`);
    } catch (error) {
      io.err(
        `${message.id} was not sent: ${(error as Error).message} ${values.state} records only what was sent; the next run tries again.`,
      );
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  supportHandoff(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const usage =
        error instanceof UsageError ||
        String((error as {code?: unknown}).code).startsWith('ERR_PARSE_ARGS');
      console.error(
        usage ? `support:handoff: ${(error as Error).message}` : error,
      );
      process.exitCode = usage ? 2 : 1;
    },
  );
}
