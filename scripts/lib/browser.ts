/**
 * Finds a Chromium for Playwright without downloading one: CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium, else a browser Playwright manages
 * itself (`npx playwright install chromium`, where the internet is reachable).
 */
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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
