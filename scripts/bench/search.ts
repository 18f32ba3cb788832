/**
 * Search integration point of the bench: what a reader's first search
 * transfers. The site's embedded search is Pagefind, whose index is written
 * to <build>/pagefind/ after the build. When that folder is missing, search
 * is not installed in this build and the report says so; when it is there, a
 * browser runs the first query through Pagefind's own JavaScript API (as the
 * search box does) and loads the first five results, and every request under
 * /pagefind/ is counted with the bytes it transferred from the gzip server.
 */
import type {Page} from '@playwright/test';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

export const SEARCH_NOT_INSTALLED = 'not measured: search not installed';

/** What a first query looks like: a word that is on many pages. */
export const DEFAULT_QUERY = 'certificate';

/** Results whose excerpts the first query shows, as the search box does. */
const RESULTS_LOADED = 5;

export type SearchMeasurement =
  | {readonly measured: false; readonly reason: string}
  | {
      readonly measured: true;
      readonly query: string;
      readonly results: number;
      readonly resultsLoaded: number;
      readonly requests: number;
      readonly transferBytes: number;
    };

export function searchInstalled(buildDir: string): boolean {
  return existsSync(join(buildDir, 'pagefind'));
}

export async function measureSearchFirstQuery(
  page: Page,
  origin: string,
  buildDir: string,
  query: string = DEFAULT_QUERY,
): Promise<SearchMeasurement> {
  if (!searchInstalled(buildDir)) {
    return {measured: false, reason: SEARCH_NOT_INSTALLED};
  }
  if (!existsSync(join(buildDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(
      `${join(buildDir, 'pagefind')} has no pagefind.js: the Pagefind index is incomplete; rebuild the site.`,
    );
  }
  // A page of the site is open first, so its own scripts are not counted.
  await page.goto(new URL('/', origin).href);
  await page.waitForSelector('html[data-has-hydrated="true"]', {
    state: 'attached',
  });
  await page.waitForLoadState('networkidle');

  const transfers: Promise<number>[] = [];
  const onResponse = (response: {
    url(): string;
    request(): {sizes(): Promise<{responseBodySize: number}>};
  }) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) {
      transfers.push(
        response
          .request()
          .sizes()
          .then((sizes) => sizes.responseBodySize),
      );
    }
  };
  page.on('response', onResponse);
  let outcome: {results: number; loaded: number};
  try {
    outcome = await page.evaluate(
      async ({query, count}) => {
        const pagefindUrl = '/pagefind/pagefind.js';
        const pagefind = (await import(
          /* webpackIgnore: true */ pagefindUrl
        )) as {
          init?: () => Promise<void>;
          search: (term: string) => Promise<{
            results: {data: () => Promise<unknown>}[];
          }>;
        };
        await pagefind.init?.();
        const search = await pagefind.search(query);
        const loaded = await Promise.all(
          search.results.slice(0, count).map((result) => result.data()),
        );
        return {results: search.results.length, loaded: loaded.length};
      },
      {query, count: RESULTS_LOADED},
    );
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const sizes = await Promise.all(transfers);
  return {
    measured: true,
    query,
    results: outcome.results,
    resultsLoaded: outcome.loaded,
    requests: sizes.length,
    transferBytes: sizes.reduce((total, size) => total + size, 0),
  };
}
