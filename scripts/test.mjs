#!/usr/bin/env node
/**
 * `npm test`: every check CI runs, in order, with the time of each stage.
 *
 * 1. Checks first that the end-to-end suite can run at all (a Chromium and an
 *    nginx), so a missing browser stops the run in its first second with how
 *    to get one, not after the build.
 * 2. Pins the build's clock: SOURCE_DATE_EPOCH is the last commit's time
 *    unless it is set, so the suite builds the same files on every day it
 *    runs (the browser's clock is pinned by the tests themselves).
 * 3. Runs lint and typecheck side by side, then the production build, the
 *    unit tests and the end-to-end suite, and prints how long each took.
 *
 * Usage: npm test [-- --from build]   (start at a stage: lint, build, unit, e2e)
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

import {findNginx, NGINX_MISSING} from '../e2e/static-host.mjs';

const siteDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');

const STAGES = [
  {
    name: 'lint',
    commands: [
      ['npm', 'run', 'lint'],
      ['npm', 'run', 'typecheck'],
    ],
  },
  // The build before the unit tests: it draws the site's diagrams into the
  // shared cache (node_modules/.cache/baseplate-diagrams), so the broken-copy
  // builds of the unit stage read them instead of drawing each again.
  {name: 'build', commands: [['npm', 'run', 'build']]},
  {name: 'unit', commands: [['npm', 'run', 'test:unit']]},
  {name: 'e2e', commands: [['npm', 'run', 'test:e2e']]},
];

function chromiumProblem(env) {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? undefined
      : `CHROMIUM_PATH points at ${env.CHROMIUM_PATH}, which does not exist.`;
  }
  if (
    existsSync('/usr/bin/chromium') ||
    existsSync('/usr/bin/chromium-headless-shell')
  ) {
    return undefined;
  }
  const managed = spawnSync(
    process.execPath,
    [
      '-e',
      "process.stdout.write(require('@playwright/test').chromium.executablePath())",
    ],
    {cwd: siteDir, encoding: 'utf8'},
  );
  if (managed.status === 0 && existsSync(managed.stdout)) {
    return undefined;
  }
  return 'No Chromium found for the end-to-end suite. Install Debian\'s Chromium (apt-get install chromium chromium-headless-shell), or run "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.';
}

/** The last commit's time in seconds, or undefined outside a Git checkout. */
function commitEpoch() {
  const result = spawnSync('git', ['log', '-1', '--format=%ct'], {
    cwd: siteDir,
    encoding: 'utf8',
  });
  const value = result.stdout?.trim();
  return result.status === 0 && /^\d+$/.test(value) ? value : undefined;
}

function run(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: siteDir,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function seconds(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

async function main() {
  const {values} = parseArgs({options: {from: {type: 'string'}}});
  const first = values.from
    ? STAGES.findIndex((stage) => stage.name === values.from)
    : 0;
  if (first < 0) {
    console.error(
      `Unknown stage "${values.from}": choose one of ${STAGES.map((s) => s.name).join(', ')}.`,
    );
    process.exit(2);
  }

  const problems = [
    chromiumProblem(process.env),
    findNginx() ? undefined : NGINX_MISSING,
  ];
  if (problems.some(Boolean)) {
    for (const problem of problems.filter(Boolean)) {
      console.error(`npm test cannot run: ${problem}`);
    }
    process.exit(1);
  }

  const env = {...process.env};
  if (!env.SOURCE_DATE_EPOCH) {
    const epoch = commitEpoch();
    if (epoch) {
      env.SOURCE_DATE_EPOCH = epoch;
    }
  }
  if (env.SOURCE_DATE_EPOCH) {
    console.log(
      `Building as of ${new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString()} (SOURCE_DATE_EPOCH).`,
    );
  }

  const times = [];
  const started = Date.now();
  for (const stage of STAGES.slice(first)) {
    const stageStarted = Date.now();
    const codes = await Promise.all(
      stage.commands.map((command) => run(command, env)),
    );
    times.push([stage.name, Date.now() - stageStarted]);
    const failed = codes.findIndex((code) => code !== 0);
    if (failed >= 0) {
      console.error(
        `\nnpm test: "${stage.commands[failed].join(' ')}" failed (stage ${stage.name}).`,
      );
      printTimes(times, started);
      process.exit(1);
    }
  }
  printTimes(times, started);
}

function printTimes(times, started) {
  console.log('\nnpm test, time per stage:');
  for (const [name, ms] of times) {
    console.log(`  ${name.padEnd(6)} ${seconds(ms)}`);
  }
  console.log(`  total  ${seconds(Date.now() - started)}`);
}

await main();
