/**
 * Searches the Pagefind index as the reader types, with no debounce to wait
 * out: a keystroke starts a search at once unless one is running, in which
 * case only the latest query runs next (latestOnly), and results that arrive
 * after a newer query are dropped.
 */
import {useCallback, useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {latestOnly} from '@site/src/lib/search/latestOnly';
import {
  pagefindFilters,
  type PagefindFilters,
  type SearchScope,
} from '@site/src/lib/search/query';
import {toSearchHit, type SearchHit} from '@site/src/lib/search/results';
import {INDEX_AVAILABLE, loadPagefind, type Pagefind} from './pagefind';

export type SearchStatus =
  | 'idle'
  | 'loading'
  | 'done'
  /** `npm start`: no index exists; the site must be built. */
  | 'unavailable'
  | 'error';

export interface SearchState {
  readonly status: SearchStatus;
  /** The query the hits belong to. */
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** Pages that match, of which `hits` holds the first `limit`. */
  readonly total: number;
}

/**
 * Starts loading the index's script and metadata when the reader shows the
 * intent to search (opens the dialog, focuses the search field), so the first
 * keystroke does not wait for them.
 */
export function usePreloadPagefind(): () => void {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const {baseUrl} = useDocusaurusContext().siteConfig;
  return useCallback(() => {
    if (INDEX_AVAILABLE) {
      // A failure shows when the reader searches; nothing to report here.
      loadPagefind(bundleUrl, baseUrl).catch(() => undefined);
    }
  }, [bundleUrl, baseUrl]);
}

const IDLE: SearchState = {status: 'idle', query: '', hits: [], total: 0};

export function usePagefindSearch(
  query: string,
  scope: SearchScope,
  limit: number,
): SearchState {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const [state, setState] = useState<SearchState>(IDLE);
  // One queue per search field: a query in one never drops a query in another.
  const [search] = useState(() =>
    latestOnly((pagefind: Pagefind, term: string, filters: PagefindFilters) =>
      pagefind.search(term, {filters}),
    ),
  );
  const term = query.trim();
  // A stable key, so a new scope object with the same content is no new search.
  const filters = JSON.stringify(pagefindFilters(scope));

  useEffect(() => {
    if (!term) {
      setState(IDLE);
      return undefined;
    }
    if (!INDEX_AVAILABLE) {
      setState({status: 'unavailable', query: term, hits: [], total: 0});
      return undefined;
    }
    let current = true;
    setState((previous) => ({...previous, status: 'loading'}));
    (async () => {
      const pagefind = await loadPagefind(bundleUrl, baseUrl);
      if (!current) {
        return;
      }
      const response = await search(
        pagefind,
        term,
        JSON.parse(filters) as PagefindFilters,
      );
      if (!response || !current) {
        return;
      }
      const data = await Promise.all(
        response.results.slice(0, limit).map((result) => result.data()),
      );
      if (current) {
        setState({
          status: 'done',
          query: term,
          hits: data.map(toSearchHit),
          total: response.results.length,
        });
      }
    })().catch(() => {
      if (current) {
        setState({status: 'error', query: term, hits: [], total: 0});
      }
    });
    return () => {
      current = false;
    };
  }, [term, filters, limit, bundleUrl, baseUrl, search]);

  return state;
}
