/**
 * Site-wide sweep: every page in the built sitemap loads as a reader would get
 * it from a plain static host, hydrates, logs nothing, stays on this host, and
 * has a heading. Pages are visited in batches, one browser page per batch, as
 * a reader clicking through the site would (the scripts come from the cache
 * after the first page); each page is still a full load of its own address,
 * and a batch reports every page that failed, not just the first.
 */
import {expect, test, type Page} from '@playwright/test';

import {sitemapPaths} from '../scripts/lib/sitemap';

const paths = sitemapPaths();
const BATCH = 12;

test('the sitemap lists every page of the URL contract', () => {
  for (const path of [
    '/',
    '/docs/',
    '/docs/next/',
    '/kb/',
    '/blog/',
    '/support/',
    '/rent-an-engineer/',
    '/teams/',
    '/events/',
    '/search/',
  ]) {
    expect(paths, `sitemap.xml should list ${path}`).toContain(path);
  }
});

test('every address is a folder with an index.html, so static hosts serve it as it is', () => {
  const notFolders = paths.filter((path) => !path.endsWith('/'));
  expect(notFolders).toEqual([]);
});

/**
 * Problems of one page load, collected from the moment navigation starts
 * until the page has hydrated and no request has been in flight for 100 ms
 * (Playwright's `networkidle` waits 500 ms, which is most of a page's time
 * here and proves nothing more).
 */
async function visit(page: Page, path: string, origin: string) {
  const problems: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const onConsole = (message: {type(): string; text(): string}) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  };
  const onError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onRequest = (request: {url(): string}) => {
    inFlight += 1;
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`request to another host: ${request.url()}`);
    }
  };
  const onDone = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      problems.push(`HTTP ${response?.status()}`);
    }
    if (response && new URL(response.url()).pathname !== path) {
      problems.push(`redirected to ${new URL(response.url()).pathname}`);
    }
    await expect(page.locator('html')).toHaveAttribute(
      'data-has-hydrated',
      'true',
    );
    await expect
      .poll(() => inFlight <= 0 && Date.now() - lastActivity >= 100, {
        intervals: [25],
        timeout: 10_000,
      })
      .toBe(true);
    if (!(await page.locator('h1').first().isVisible())) {
      problems.push('no visible h1');
    }
  } catch (error) {
    problems.push(`failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
  return problems;
}

for (let first = 0; first < paths.length; first += BATCH) {
  const batch = paths.slice(first, first + BATCH);
  test(`pages ${batch[0]} to ${batch.at(-1)} load cleanly`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(15_000 * batch.length);
    const origin = new URL(baseURL!).origin;
    const failures: Record<string, string[]> = {};
    for (const path of batch) {
      const problems = await visit(page, path, origin);
      if (problems.length > 0) {
        failures[path] = problems;
      }
    }
    expect(failures, 'pages with problems').toEqual({});
  });
}
