/**
 * Search integration point of the bench: what a reader's first search
 * transfers. The site's embedded search is Pagefind, whose index is written
 * to <build>/pagefind/ after the build. When that folder is missing, search
 * is not installed in this build and the report says so; when it is there,
 * the first search is measured as `npm run search:bench` measures it
 * (scripts/lib/first-search.ts): the query typed into the /search/ page with
 * an empty cache, and every request under /pagefind/ counted with the bytes
 * it transferred from the gzip server.
 */
import type {Browser} from '@playwright/test';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

import {firstSearch} from '../lib/first-search';

export const SEARCH_NOT_INSTALLED = 'not measured: search not installed';

/** What a first query looks like: a word that is on many pages. */
export const DEFAULT_QUERY = 'certificate';

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
  browser: Browser,
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
  const search = await firstSearch(browser, origin, query);
  const {code, index, fragments, requests} = search.bytes;
  return {
    measured: true,
    query,
    results: search.results,
    resultsLoaded: search.shown,
    requests,
    transferBytes: code + index + fragments,
  };
}
