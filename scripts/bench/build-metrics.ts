/**
 * Reads what a build cost: wall, CPU and peak memory from GNU time's verbose
 * report (`/usr/bin/time -v`) or, where that is not installed, from Node's own
 * accounting of every Node process of the build (resource-usage.mjs); and
 * where the time went, from Docusaurus' performance log
 * (DOCUSAURUS_PERF_LOGGER=true).
 */

export interface BuildCost {
  readonly accounting: '/usr/bin/time -v' | 'node process.resourceUsage()';
  readonly wallSeconds: number;
  readonly userSeconds: number;
  readonly systemSeconds: number;
  /** Largest resident set of one process of the build (threads included). */
  readonly peakRssMiB: number;
}

const round = (value: number, digits = 1) =>
  Math.round(value * 10 ** digits) / 10 ** digits;

/** Seconds from GNU time's "h:mm:ss" or "m:ss.ss". */
export function parseClock(text: string): number {
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

export function parseTimeVerbose(
  report: string,
): Omit<BuildCost, 'accounting'> {
  const field = (label: string): string => {
    const line = report
      .split('\n')
      .find((candidate) => candidate.trim().startsWith(`${label}`));
    if (!line) {
      throw new Error(
        `The /usr/bin/time -v report has no "${label}" line:\n${report}`,
      );
    }
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  return {
    wallSeconds: round(parseClock(field('Elapsed (wall clock) time')), 2),
    userSeconds: Number(field('User time (seconds)')),
    systemSeconds: Number(field('System time (seconds)')),
    peakRssMiB: round(
      Number(field('Maximum resident set size (kbytes)')) / 1024,
    ),
  };
}

/** One line per Node process, written by resource-usage.mjs at its exit. */
export interface ProcessUsage {
  readonly pid: number;
  readonly argv: string;
  /** process.resourceUsage(): CPU in microseconds, maxRSS in KiB. */
  readonly userCPUTime: number;
  readonly systemCPUTime: number;
  readonly maxRSS: number;
}

export function summarizeNodeUsage(
  lines: string,
  wallSeconds: number,
): Omit<BuildCost, 'accounting'> {
  const processes = lines
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ProcessUsage);
  if (processes.length === 0) {
    throw new Error(
      'No Node process of the build reported its resource usage.',
    );
  }
  const sum = (key: 'userCPUTime' | 'systemCPUTime') =>
    processes.reduce((total, usage) => total + usage[key], 0) / 1e6;
  return {
    wallSeconds: round(wallSeconds, 2),
    userSeconds: round(sum('userCPUTime'), 2),
    systemSeconds: round(sum('systemCPUTime'), 2),
    peakRssMiB: round(
      Math.max(...processes.map((usage) => usage.maxRSS)) / 1024,
    ),
  };
}

export interface Phase {
  readonly name: string;
  readonly seconds: number;
}

const PERF_LINE = /^\[PERF\](?:\[KO\])? (.+?) - ([\d.]+) (ms|seconds!?)/;

/**
 * Top-level phases of the build ("Bundling with rspack", "SSG", ...) and the
 * content loading of each plugin ("docs@kb"), from the performance log.
 */
export function parsePerfLog(log: string): {
  phases: Phase[];
  plugins: Phase[];
} {
  const phases: Phase[] = [];
  const plugins: Phase[] = [];
  for (const line of log.split('\n')) {
    // eslint-disable-next-line no-control-regex
    const match = PERF_LINE.exec(line.replace(/\u001b\[[0-9;]*m/g, '').trim());
    if (!match) continue;
    const [, label, value, unit] = match;
    const seconds = round(
      unit === 'ms' ? Number(value) / 1000 : Number(value),
      2,
    );
    const path = label!.split(' > ');
    // "Build > en > Bundling with rspack": one phase of a locale's build.
    if (path[0] === 'Build' && path.length === 3) {
      phases.push({name: path[2]!, seconds});
    }
    // "Build > en > Load site > Load plugins > Load plugins content > Load docs@kb"
    if (path.length === 6 && path[4] === 'Load plugins content') {
      plugins.push({name: path[5]!.replace(/^Load /, ''), seconds});
    }
  }
  return {phases, plugins: plugins.sort((a, b) => b.seconds - a.seconds)};
}
