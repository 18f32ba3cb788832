/**
 * Site-wide sweep: every page in the built sitemap loads as a reader would get
 * it, hydrates, logs nothing, stays on this host, and has a heading.
 */
import {expect, test} from '@playwright/test';

import {sitemapPaths} from './sitemap';

const paths = sitemapPaths();

test('the sitemap lists every page of the URL contract', () => {
  for (const path of [
    '/',
    '/docs',
    '/docs/next',
    '/kb',
    '/blog',
    '/support',
    '/rent-an-engineer',
    '/teams',
    '/events',
    '/search',
  ]) {
    expect(paths, `sitemap.xml should list ${path}`).toContain(path);
  }
});

for (const path of paths) {
  test(`page ${path} loads cleanly`, async ({page, baseURL}) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];

    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) =>
      problems.push(`uncaught: ${error.message}`),
    );
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        problems.push(`request to another host: ${request.url()}`);
      }
    });

    const response = await page.goto(path);
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    await expect(page.locator('html')).toHaveAttribute(
      'data-has-hydrated',
      'true',
    );
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    expect(problems, `problems on ${path}`).toEqual([]);
  });
}
