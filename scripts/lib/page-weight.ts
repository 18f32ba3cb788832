/**
 * The JavaScript and CSS a page really loads. The HTML names only the entry
 * scripts (runtime~main.js, main.js) and the stylesheet; the chunks of the
 * route itself are requested by main.js before hydration. So a browser opens
 * the page, and every script and stylesheet it requested until the page is
 * hydrated and the network is idle is weighed gzip-compressed from the build
 * folder (gzip level 6, the default of the `compression` middleware the bench
 * server uses). Chunks that Docusaurus only prefetches for the links on the
 * page (low priority, not executed) are counted apart.
 */
import type {Page} from '@playwright/test';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

export interface Asset {
  /** Path on the site: /assets/js/main.0548437d.js */
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageWeight {
  readonly path: string;
  readonly scripts: Asset[];
  readonly stylesheets: Asset[];
  readonly prefetched: Asset[];
  readonly scriptGzipBytes: number;
  readonly stylesheetGzipBytes: number;
  readonly prefetchedGzipBytes: number;
  /** Requests the browser marked render-blocking (Resource Timing). */
  readonly renderBlocking: string[];
}

export const gzipBytes = (content: Buffer): number =>
  gzipSync(content, {level: 6}).length;

/** Reads and weighs one file of the build, by its path on the site. */
export function weighAsset(
  buildDir: string,
  sitePath: string,
  baseUrl = '/',
): Asset {
  const inBuild = sitePath.startsWith(baseUrl)
    ? sitePath.slice(baseUrl.length)
    : sitePath;
  const file = join(buildDir, decodeURIComponent(inBuild));
  if (!existsSync(file)) {
    throw new Error(
      `The page requested ${sitePath}, which is not in ${buildDir}: is the server serving another build?`,
    );
  }
  const content = readFileSync(file);
  return {path: sitePath, bytes: content.length, gzipBytes: gzipBytes(content)};
}

export const sumGzip = (assets: readonly Asset[]): number =>
  assets.reduce((total, asset) => total + asset.gzipBytes, 0);

export async function measurePageWeight(
  page: Page,
  url: string,
  buildDir: string,
  baseUrl = '/',
): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const requested = {
    script: new Set<string>(),
    stylesheet: new Set<string>(),
    other: new Set<string>(),
  };
  const onRequest = (request: {url(): string; resourceType(): string}) => {
    const requestUrl = new URL(request.url());
    if (requestUrl.origin !== origin) {
      return;
    }
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet') {
      requested[type].add(requestUrl.pathname);
    } else if (/\.(js|css)$/.test(requestUrl.pathname)) {
      // Docusaurus' <link rel="prefetch"> shows up as type "other".
      requested.other.add(requestUrl.pathname);
    }
  };
  page.on('request', onRequest);
  try {
    const response = await page.goto(url);
    if (!response?.ok()) {
      throw new Error(`${url} answered ${response?.status()}`);
    }
    await page.waitForSelector('html[data-has-hydrated="true"]', {
      state: 'attached',
    });
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
  }
  const renderBlocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          (entry as PerformanceResourceTiming & {renderBlockingStatus?: string})
            .renderBlockingStatus === 'blocking',
      )
      .map((entry) => new URL(entry.name).pathname),
  );
  const weigh = (paths: Iterable<string>) =>
    [...paths].sort().map((path) => weighAsset(buildDir, path, baseUrl));
  const scripts = weigh(requested.script);
  const stylesheets = weigh(requested.stylesheet);
  const prefetched = weigh(
    [...requested.other].filter(
      (path) => !requested.script.has(path) && !requested.stylesheet.has(path),
    ),
  );
  return {
    path: new URL(url).pathname,
    scripts,
    stylesheets,
    prefetched,
    scriptGzipBytes: sumGzip(scripts),
    stylesheetGzipBytes: sumGzip(stylesheets),
    prefetchedGzipBytes: sumGzip(prefetched),
    renderBlocking,
  };
}
