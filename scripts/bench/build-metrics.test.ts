import {describe, expect, it} from 'vitest';

import {
  parseClock,
  parsePerfLog,
  parseTimeVerbose,
  summarizeNodeUsage,
} from './build-metrics';

// Captured from `/usr/bin/time -v node scripts/build.mjs` on this site.
const TIME_VERBOSE = `	Command being timed: "node scripts/build.mjs"
	User time (seconds): 6.24
	System time (seconds): 0.93
	Percent of CPU this job got: 150%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:04.77
	Average shared text size (kbytes): 0
	Maximum resident set size (kbytes): 726568
	Exit status: 0
`;

// Lines of a build with DOCUSAURUS_PERF_LOGGER=true (FORCE_COLOR=0).
const PERF_LOG = `[PERF] Get locales to build - 488.91 ms - (Heap 50mb -> 63mb / Total 93mb)
[INFO] [en] Creating an optimized production build...
[PERF] Build > en > Load site > Load plugins > Load plugins content > Load blog@default > loadContent() - 178.67 ms - (Heap 1mb -> 2mb / Total 3mb)
[PERF] Build > en > Load site > Load plugins > Load plugins content > Load docs@default - 410.86 ms - (Heap 1mb -> 2mb / Total 3mb)
[PERF] Build > en > Load site > Load plugins > Load plugins content > Load docs@kb - 1.42 seconds! - (Heap 1mb -> 2mb / Total 3mb)
[PERF] Build > en > Load site - 1.38 seconds! - (Heap 52mb -> 95mb / Total 121mb)
[PERF] Build > en > Bundling with rspack - 20.46 seconds! - (Heap 52mb -> 95mb / Total 121mb)
[PERF] SSG Worker 1 - Task 1 - Rendering 10 pathnames - 1.23 seconds! - (Heap 49mb -> 57mb / Total 86mb)
[PERF] Build > en > SSG > Thread pool - 9.57 seconds! - (Heap 52mb -> 95mb / Total 121mb)
[PERF] Build > en > SSG - 9.77 seconds! - (Heap 52mb -> 95mb / Total 121mb)
[PERF][KO] Build > en > Broken links checker - 55.48 ms - (Heap 52mb -> 95mb / Total 121mb)
\u001b[33m[PERF]\u001b[39m Build > en > postBuild() - \u001b[33m505.23 ms\u001b[39m - (Heap 1mb -> 2mb / Total 3mb)
[PERF] Build - 32.34 seconds! - (Heap 63mb -> 133mb / Total 175mb)
`;

describe('parseTimeVerbose', () => {
  it('reads wall, CPU and peak memory', () => {
    expect(parseTimeVerbose(TIME_VERBOSE)).toEqual({
      wallSeconds: 4.77,
      userSeconds: 6.24,
      systemSeconds: 0.93,
      peakRssMiB: 709.5,
    });
  });

  it('names the missing line of a truncated report', () => {
    expect(() => parseTimeVerbose('\tUser time (seconds): 1\n')).toThrow(
      /no "Elapsed \(wall clock\) time" line/,
    );
  });
});

describe('parseClock', () => {
  it('reads m:ss.ss and h:mm:ss', () => {
    expect(parseClock('0:04.77')).toBeCloseTo(4.77);
    expect(parseClock('9:03.50')).toBeCloseTo(543.5);
    expect(parseClock('1:02:03')).toBe(3723);
  });
});

describe('summarizeNodeUsage', () => {
  it('adds up CPU and keeps the largest process', () => {
    const lines = [
      {
        pid: 1,
        argv: 'scripts/build.mjs',
        userCPUTime: 200_000,
        systemCPUTime: 50_000,
        maxRSS: 60_000,
      },
      {
        pid: 2,
        argv: 'docusaurus build',
        userCPUTime: 30_000_000,
        systemCPUTime: 2_000_000,
        maxRSS: 2_048_000,
      },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    expect(summarizeNodeUsage(`${lines}\n`, 40.123)).toEqual({
      wallSeconds: 40.12,
      userSeconds: 30.2,
      systemSeconds: 2.05,
      peakRssMiB: 2000,
    });
  });

  it('fails when no process reported', () => {
    expect(() => summarizeNodeUsage('', 1)).toThrow(/No Node process/);
  });
});

describe('parsePerfLog', () => {
  it('finds the phases of the build and the content loading per plugin', () => {
    expect(parsePerfLog(PERF_LOG)).toEqual({
      phases: [
        {name: 'Load site', seconds: 1.38},
        {name: 'Bundling with rspack', seconds: 20.46},
        {name: 'SSG', seconds: 9.77},
        {name: 'Broken links checker', seconds: 0.06},
        {name: 'postBuild()', seconds: 0.51},
      ],
      plugins: [
        {name: 'docs@kb', seconds: 1.42},
        {name: 'docs@default', seconds: 0.41},
      ],
    });
  });
});
