/**
 * Screenshots of pages at phone and desktop widths in light and dark mode, for
 * reviewing a change and for the README: npm run screenshots
 * Pages: SCREENSHOT_PATHS=/,/support npm run screenshots (default: custom pages and one of each kind)
 * Files land in test-results/screenshots/; the README image is .github/assets/home.png.
 */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@playwright/test';

import {customPagePaths, sitemapPaths} from '../scripts/lib/sitemap';

const OUT_DIR = join(__dirname, '..', 'test-results', 'screenshots');
const README_IMAGE = join(__dirname, '..', '.github', 'assets', 'home.png');

const paths = process.env.SCREENSHOT_PATHS
  ? process.env.SCREENSHOT_PATHS.split(',')
  : ['/docs/', '/kb/', '/blog/', ...customPagePaths(sitemapPaths())];

const viewports = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
} as const;

mkdirSync(OUT_DIR, {recursive: true});

for (const path of paths) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`screenshot ${path} ${device} ${colorScheme}`, async ({page}) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({colorScheme});
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute(
          'data-has-hydrated',
          'true',
        );
        await page.waitForLoadState('networkidle');
        const name = `${path === '/' ? 'home' : path.slice(1).replaceAll('/', '_')}-${device}-${colorScheme}.png`;
        await page.screenshot({path: join(OUT_DIR, name), fullPage: true});
        if (path === '/' && device === 'desktop' && colorScheme === 'light') {
          await page.screenshot({path: README_IMAGE});
        }
      });
    }
  }
}
