import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

// The quick bench measures a real build and its wall time: it runs alone,
// after everything else, so other tests' builds do not share its cores.
const BENCH = 'scripts/bench/bench.test.ts';

const shared = {
  environment: 'node',
  // The build-hygiene tests run real Docusaurus builds of a copy of the site.
  testTimeout: 180_000,
  hookTimeout: 180_000,
} as const;

export default defineConfig({
  test: {
    // Vitest's default is one worker per core but one: a single worker on a
    // 2-core laptop, so the files that wait for a build of a broken copy held
    // up every other file. Three overlap that waiting.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [BENCH, '**/node_modules/**'],
          sequence: {groupOrder: 0},
        },
      },
      {
        test: {
          ...shared,
          name: 'bench',
          include: [BENCH],
          sequence: {groupOrder: 1},
        },
      },
    ],
  },
});
