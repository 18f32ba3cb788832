/**
 * Loads Pagefind's browser bundle (`/pagefind/pagefind.js`, written by the
 * search plugin, ../index.ts) the first time a reader searches, so no page pays
 * for search until it is used. The URL is only known at run time and the file
 * is not part of the webpack build, hence `webpackIgnore`.
 */
import type {PagefindFilters} from '@site/src/lib/search/query';
import type {PagefindResultData} from '@site/src/lib/search/results';

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
}

/** The part of Pagefind's JavaScript API used here (it ships no types for it). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: {filters?: PagefindFilters},
  ): Promise<PagefindResponse | null>;
}

/**
 * `npm start` serves no index (the plugin runs after a production build), and
 * requesting one would only log a 404.
 */
export const INDEX_AVAILABLE = process.env.NODE_ENV === 'production';

/** Words of context around the matched words in an excerpt. */
const EXCERPT_LENGTH = 22;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(
  bundleUrl: string,
  baseUrl: string,
): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(
      /* webpackIgnore: true */ bundleUrl
    )) as Pagefind;
    await pagefind.options({baseUrl, excerptLength: EXCERPT_LENGTH});
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    // Let the next search try again (a flaky network, a redeploy).
    loading = undefined;
    throw error;
  });
  return loading;
}
