/**
 * Loaded into every Node process of a bench build (NODE_OPTIONS=--import) when
 * /usr/bin/time is not installed: at exit, appends the process' own resource
 * usage as one JSON line to BENCH_RESOURCE_LOG. Worker threads share their
 * process' figures, so only the main thread writes.
 */
import {appendFileSync} from 'node:fs';
import {isMainThread} from 'node:worker_threads';

const log = process.env.BENCH_RESOURCE_LOG;

if (log && isMainThread) {
  process.on('exit', () => {
    const {userCPUTime, systemCPUTime, maxRSS} = process.resourceUsage();
    appendFileSync(
      log,
      `${JSON.stringify({pid: process.pid, argv: process.argv.slice(1).join(' '), userCPUTime, systemCPUTime, maxRSS})}\n`,
    );
  });
}
