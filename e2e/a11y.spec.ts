/**
 * Accessibility: axe finds no WCAG 2.2 AA violation on one page of each kind
 * and on every custom React page, in light and in dark mode.
 */
import {expect, test} from '@playwright/test';

import {customPagePaths, sitemapPaths} from '../scripts/lib/sitemap';
import {axeViolations} from './axe';

const paths = sitemapPaths();

// One page of each content kind: pick real pages from the sitemap so the list
// follows the content.
function firstMatching(pattern: RegExp, description: string): string {
  const path = paths.find((candidate) => pattern.test(candidate));
  if (!path) {
    throw new Error(`The sitemap has no ${description} (pattern ${pattern}).`);
  }
  return path;
}

const pages = [
  ...new Set([
    '/docs/',
    '/contribute/',
    firstMatching(/^\/docs\/\d{4}\.\d+\/(?!tags)/, 'versioned doc page'),
    firstMatching(/^\/kb\/(?!tags)[^/]+\/[^/]+\/$/, 'knowledge-base answer'),
    firstMatching(
      /^\/blog\/(?!tags|page|archive|authors)[^/]+\/$/,
      'blog post',
    ),
    ...customPagePaths(paths),
  ]),
];

// Light, then dark, on one page load: the colour mode is the reader's system
// setting, which the browser switches without reloading the page.
for (const path of pages) {
  test(`${path} has no axe violations (light and dark)`, async ({page}) => {
    await page.emulateMedia({colorScheme: 'light'});
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute(
      'data-has-hydrated',
      'true',
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await expect(page.locator('html')).toHaveAttribute(
        'data-theme',
        colorScheme,
      );
      expect(
        await axeViolations(page),
        `axe violations on ${path} (${colorScheme})`,
      ).toEqual([]);
    }
  });
}
