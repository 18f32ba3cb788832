import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import AskCommunity from '../../../client/AskCommunity';
import Excerpt from '../../../client/Excerpt';
import type {SearchState} from '../../../client/usePagefindSearch';
import styles from '../styles.module.css';

interface Props {
  readonly search: SearchState;
  onShowMore(): void;
}

function summary({status, query, hits, total}: SearchState): string {
  switch (status) {
    case 'idle':
    case 'unavailable':
      return '';
    case 'error':
      return 'The search index could not be loaded. Reload the page to try again.';
    case 'loading':
      return hits.length === 0 ? 'Searching…' : '';
    case 'done':
      return total === 0
        ? `No results for “${query}”. Try fewer or other words, another section, or all versions.`
        : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”.`;
  }
}

export default function SearchResults({search, onShowMore}: Props): ReactNode {
  const text = summary(search);
  return (
    <>
      <p role="status" className={styles.summary}>
        {text}
      </p>
      {search.hits.length > 0 && (
        <ol
          className={styles.results}
          aria-label="Search results"
          data-search-query={
            search.status === 'done' ? search.query : undefined
          }>
          {search.hits.map((hit, index) => (
            <li key={`${hit.url}-${index}`} className={styles.result}>
              <article>
                <Heading as="h2" className={styles.resultTitle}>
                  <Link to={hit.url}>
                    {hit.title}
                    {hit.heading && (
                      <span className={styles.resultHeading}>
                        {' '}
                        › {hit.heading}
                      </span>
                    )}
                  </Link>
                </Heading>
                <p className={styles.resultSection}>{hit.label}</p>
                <Excerpt excerpt={hit.excerpt} className={styles.pageExcerpt} />
              </article>
            </li>
          ))}
        </ol>
      )}
      {search.status === 'done' && search.total > search.hits.length && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onShowMore}>
          Show more results
        </button>
      )}
      {search.status === 'done' && search.query.trim() !== '' && (
        <AskCommunity
          query={search.query}
          noResults={search.total === 0}
          className={styles.ask}
        />
      )}
    </>
  );
}
