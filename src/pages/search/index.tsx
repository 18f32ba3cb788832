/**
 * /search: the full search page. `?q=` prefills the query; `section` and
 * `version` keep the filters in the URL, so a search can be bookmarked and
 * shared (`/search?q=quota&section=kb`, `/search?q=ingress&version=all`).
 */
import {useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {BuildNotice} from '@site/src/components/Search/SearchDialog';
import {INDEX_AVAILABLE} from '@site/src/components/Search/pagefind';
import {
  usePagefindSearch,
  usePreloadPagefind,
} from '@site/src/components/Search/usePagefindSearch';
import {useSearchVersionScope} from '@site/src/components/Search/useSearchScope';
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

function SearchPageContent(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders the page without a query string; reading it only after
  // hydration keeps the first client render identical to the server's.
  const isBrowser = useIsBrowser();
  const params = parseSearchParams(isBrowser ? location.search : '');
  const [limit, setLimit] = useState({query: '', count: PAGE_SIZE});
  const scope = useSearchVersionScope(params.version);
  const preload = usePreloadPagefind();
  const count = limit.query === params.query ? limit.count : PAGE_SIZE;
  const search = usePagefindSearch(
    params.query,
    {sections: params.sections, tags: scope.tags},
    count,
  );

  const update = (changes: Partial<SearchPageParams>): void => {
    history.replace({
      pathname: location.pathname,
      search: formatSearchParams({...params, ...changes}),
    });
  };

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
          value={params.query}
          onFocus={preload}
          onChange={(event) => update({query: event.target.value})}
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
        search={search}
        onShowMore={() =>
          setLimit({query: params.query, count: count + PAGE_SIZE})
        }
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
