import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

// Tests that run real builds: of a broken copy of the site (each must fail
// with a message naming the file), and the quick bench.
const BROKEN_BUILDS = [
  'tests/build-hygiene.test.ts',
  'tests/community-build.test.ts',
  'tests/kb.test.ts',
  'tests/support-rotation-build.test.ts',
];
const BENCH = 'scripts/bench/bench.test.ts';

const shared = {
  environment: 'node',
  testTimeout: 180_000,
  hookTimeout: 180_000,
} as const;

export default defineConfig({
  test: {
    // Vitest's default is one worker per core but one: a single worker on a
    // 2-core laptop, where the files waiting for builds held up every other.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        // Components' JSX (the site's tsconfig preserves it for Docusaurus'
        // bundlers), compiled for React as the bundlers do.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {
          ...shared,
          name: 'unit',
          // One module cache per worker, not per file: the files import the
          // same heavy modules (zod schemas, kubernetes-models, Docusaurus'
          // utils), and loading them again for each file was most of this
          // project's time (321 s against 127 s here). Tests keep no state
          // in modules; a file that must starts from a fresh copy itself.
          isolate: false,
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [...BROKEN_BUILDS, BENCH, '**/node_modules/**'],
        },
      },
      {
        // Beside the unit tests, one file at a time, two builds at a time:
        // the start of a build (config, content) is single-threaded, so two
        // overlap well; more only share the two cores thinner.
        test: {
          ...shared,
          name: 'builds',
          include: BROKEN_BUILDS,
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
      {
        // Beside the others too: the builds' single-threaded starts leave a
        // core idle, which the quick bench fills (its wall-time limit,
        // 180 s, holds on a busy machine; it took 56 s alone and last).
        test: {
          ...shared,
          name: 'bench',
          include: [BENCH],
        },
      },
    ],
  },
});
