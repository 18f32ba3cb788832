/**
 * Finds a Chromium for Playwright without downloading one: CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium, else a browser Playwright manages
 * itself (`npx playwright install chromium`, where the internet is reachable).
 *
 * The end-to-end suite prefers the headless shell (Debian's
 * `chromium-headless-shell`, the same Blink without the browser's window
 * machinery): the same pages load with about 40% less CPU, which is most of
 * the suite's time on a 2-core machine. Lighthouse and the benchmarks keep
 * the full browser, which is what readers run.
 */
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Flags that keep Chromium from calling home; this site must work offline. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightManagedChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function resolveChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH points at ${fromEnv}, which does not exist: set it to a Chromium binary, or unset it to use /usr/bin/chromium.`,
      );
    }
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    return DEBIAN_CHROMIUM;
  }
  const managed = playwrightManagedChromium();
  if (managed) {
    return managed;
  }
  throw new Error(
    'No Chromium found: install Debian\'s "chromium" package (apt-get install chromium) or run "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/**
 * The browser of the end-to-end suite: CHROMIUM_PATH if set, else Debian's
 * headless shell, else Debian's Chromium; undefined when only a browser
 * Playwright manages is installed, so Playwright picks its own headless shell.
 */
export function resolveTestChromium(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!env.CHROMIUM_PATH && existsSync(DEBIAN_HEADLESS_SHELL)) {
    return DEBIAN_HEADLESS_SHELL;
  }
  const path = resolveChromium(env);
  return path === playwrightManagedChromium() ? undefined : path;
}
