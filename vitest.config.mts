import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    environment: 'node',
    // The build-hygiene tests run real Docusaurus builds of a copy of the site.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Vitest's default is one worker per core but one: a single worker on a
    // 2-core laptop, so the files that wait for a build of a broken copy (or
    // the bench) held up every other file. Three overlap that waiting.
    maxWorkers: Math.max(3, availableParallelism() - 1),
  },
});
