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
  },
});
