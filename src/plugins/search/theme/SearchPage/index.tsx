/**
 * /search: the full search page. `?q=` prefills the query; `section` and
 * `version` keep the filters in the URL, so a search can be bookmarked and
 * shared (`/search?q=quota&section=kb`, `/search?q=ingress&version=all`).
 */
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import BuildNotice from '../../client/BuildNotice';
import {INDEX_AVAILABLE} from '../../client/pagefind';
import {
  usePagefindSearch,
  usePreloadPagefind,
} from '../../client/usePagefindSearch';
import {useSearchVersionScope} from '../../client/useSearchScope';
import {
  formatSearchParams,
  parseSearchParams,
  type SearchPageParams,
} from '@site/src/lib/search/query';
import SearchFilters from './_components/SearchFilters';
import SearchResults from './_components/SearchResults';
import styles from './styles.module.css';

/** Results loaded at first and with each "Show more results". */
const PAGE_SIZE = 10;

/**
 * The query is written to the URL once typing pauses: a change of location
 * re-renders the whole layout through the router, which a keystroke should
 * not wait for.
 */
const URL_UPDATE_DELAY_MS = 400;

function SearchPageContent(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders the page without a query string; reading it only after
  // hydration keeps the first client render identical to the server's.
  const isBrowser = useIsBrowser();
  const search = isBrowser ? location.search : '';
  const params = parseSearchParams(search);
  // What the field shows and searches for; the URL follows it.
  const [query, setQuery] = useState('');
  // The query last taken from or written to the URL.
  const synced = useRef<string | null>(null);
  const [limit, setLimit] = useState({query: '', count: PAGE_SIZE});
  const scope = useSearchVersionScope(params.version);
  const preload = usePreloadPagefind();
  const count = limit.query === query ? limit.count : PAGE_SIZE;
  const results = usePagefindSearch(
    query,
    {sections: params.sections, tags: scope.tags},
    count,
  );

  // A query that arrives through the URL (a link, the search dialog) wins.
  useEffect(() => {
    if (params.query !== synced.current) {
      synced.current = params.query;
      setQuery(params.query);
    }
  }, [params.query]);

  const replaceUrl = useCallback(
    (next: SearchPageParams): void => {
      synced.current = next.query;
      history.replace({
        pathname: location.pathname,
        search: formatSearchParams(next),
      });
    },
    [history, location.pathname],
  );

  useEffect(() => {
    if (query === synced.current) {
      return undefined;
    }
    const timer = setTimeout(
      () => replaceUrl({...parseSearchParams(search), query}),
      URL_UPDATE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [query, search, replaceUrl]);

  const update = (changes: Partial<SearchPageParams>): void =>
    replaceUrl({...params, query, ...changes});

  return (
    <main className="container margin-vert--lg">
      <Heading as="h1">Search</Heading>
      <form
        role="search"
        className={styles.form}
        onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-query" className={styles.queryLabel}>
          Search the docs, knowledge base and blog
        </label>
        <input
          id="search-page-query"
          className={styles.query}
          type="search"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          value={query}
          onFocus={preload}
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>
      {!INDEX_AVAILABLE && <BuildNotice className={styles.notice} />}
      <SearchFilters
        sections={params.sections}
        onSectionsChange={(sections) => update({sections})}
        scope={scope}
        onVersionChange={(version) => update({version})}
      />
      <SearchResults
        search={results}
        onShowMore={() => setLimit({query, count: count + PAGE_SIZE})}
      />
    </main>
  );
}

export default function SearchPage(): ReactNode {
  return (
    <Layout
      title="Search"
      description="Search the platform docs, the knowledge base and the blog.">
      <SearchPageContent />
    </Layout>
  );
}
