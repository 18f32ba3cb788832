import {defineConfig, devices} from '@playwright/test';

import {
  OFFLINE_CHROMIUM_ARGS,
  resolveTestChromium,
} from './scripts/lib/browser';

// The end-to-end suite runs against the production build, served by nginx
// configured like a plain static host (e2e/static-host.mjs), so a route that
// only works on a server that maps /name to name.html fails here too.
// Build first (npm run build); another port: E2E_PORT=3200 npm run test:e2e
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = '127.0.0.1';
const IS_CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: IS_CI,
  retries: 0,
  workers: 2,
  reporter: IS_CI ? [['list'], ['html', {open: 'never'}]] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://${HOST}:${PORT}`,
    // No trace by default: recording one for every test (to keep it for the
    // failures) was over 40 % of the suite's CPU here. To see a failure step
    // by step, run it again with: npx playwright test <file> --trace on
    trace: 'off',
    launchOptions: {
      executablePath: resolveTestChromium(),
      args: OFFLINE_CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: {...devices['Desktop Chrome'], channel: undefined},
      testIgnore: /screenshots\.spec\.ts/,
    },
    {
      // Screenshots for the README and for reviewing pages at phone and desktop
      // widths in both colour modes: npm run screenshots
      name: 'screenshots',
      testMatch: /screenshots\.spec\.ts/,
    },
  ],
  webServer: {
    command: `node e2e/static-host.mjs --host ${HOST} --port ${PORT} --root build`,
    url: `http://${HOST}:${PORT}/`,
    reuseExistingServer: !IS_CI,
    timeout: 60_000,
  },
});
