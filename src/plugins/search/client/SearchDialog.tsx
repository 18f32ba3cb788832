/**
 * The search dialog: a native modal <dialog> (the page behind it is inert)
 * holding an ARIA combobox whose listbox shows the best results as the reader
 * types. The full list, with section filters, is on the /search page.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';

import {ALL_VERSIONS, formatSearchParams} from '@site/src/lib/search/query';
import {SECTION_LABELS} from '@site/src/lib/search/sections';
import AskCommunity from './AskCommunity';
import BuildNotice from './BuildNotice';
import Excerpt from './Excerpt';
import {INDEX_AVAILABLE} from './pagefind';
import {usePagefindSearch, usePreloadPagefind} from './usePagefindSearch';
import {useSearchVersionScope} from './useSearchScope';
import styles from './styles.module.css';

/** Results shown in the dialog; the /search page shows them all. */
const DIALOG_LIMIT = 8;

interface Props {
  /** `navigated`: a result was opened, so focus goes to the new page. */
  onClose(navigated: boolean): void;
  /**
   * What the reader typed while the dialog was still loading; called once
   * the dialog has focus, which also ends the buffering.
   */
  takeTypedAhead?(): string;
}

export default function SearchDialog({
  onClose,
  takeTypedAhead,
}: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const history = useHistory();
  const id = useId();
  const [query, setQuery] = useState('');
  const [allVersions, setAllVersions] = useState(false);
  const [selection, setSelection] = useState({query: '', index: 0});
  const scope = useSearchVersionScope(allVersions ? ALL_VERSIONS : undefined);
  const search = usePagefindSearch(
    query,
    {sections: [], tags: scope.tags},
    DIALOG_LIMIT,
  );
  const {hits} = search;
  const showResults = query.trim() !== '' && hits.length > 0;
  // A new set of results selects its first one, so Enter opens the best match.
  const active = selection.query === search.query ? selection.index : 0;
  const optionId = (index: number): string => `${id}-option-${index}`;

  const preload = usePreloadPagefind();
  useEffect(() => {
    dialogRef.current?.showModal();
    preload();
  }, [preload]);

  // Once the field has focus, take over what was typed while this dialog's
  // code was loading (buffered until now, so the order of keys is kept).
  useEffect(() => {
    const typed = takeTypedAhead?.();
    if (typed) {
      setQuery(typed);
    }
  }, [takeTypedAhead]);

  useEffect(() => {
    listRef.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({block: 'nearest'});
  }, [active, hits]);

  const pinnedVersion = scope.allVersions
    ? ALL_VERSIONS
    : scope.versioned[0]?.selected.name;
  const searchPageUrl = `/search${formatSearchParams({
    query: query.trim(),
    sections: [],
    version: pinnedVersion,
  })}`;

  const open = (url: string): void => {
    onClose(true);
    history.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const index = (active + step + hits.length) % hits.length;
        setSelection({query: search.query, index});
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = showResults ? hits[active] : undefined;
      if (hit) {
        open(hit.url);
      } else if (query.trim()) {
        open(searchPageUrl);
      }
    }
  };

  const versionNote = scope.versioned
    .map((docs) => `${SECTION_LABELS[docs.section]} ${docs.selected.label}`)
    .join(', ');

  return (
    // A click on the backdrop lands on the <dialog> itself and closes it;
    // Escape closes it through the dialog's cancel event.
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-label="Search the site"
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        if (event.target === dialogRef.current) {
          onClose(false);
        }
      }}>
      <div className={styles.panel}>
        <div className={styles.searchRow}>
          <label htmlFor={`${id}-input`} className="visually-hidden">
            Search the docs, knowledge base and blog
          </label>
          <input
            id={`${id}-input`}
            className={styles.input}
            type="search"
            role="combobox"
            placeholder="Search the docs, knowledge base and blog"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-autocomplete="list"
            aria-expanded={showResults}
            aria-controls={`${id}-listbox`}
            aria-activedescendant={showResults ? optionId(active) : undefined}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            autoFocus
          />
          <button
            type="button"
            className={styles.closeButton}
            onClick={() => onClose(false)}>
            Close
          </button>
        </div>

        {!INDEX_AVAILABLE && <BuildNotice className={styles.dialogNotice} />}

        <ul
          ref={listRef}
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Search results"
          className={styles.listbox}
          hidden={!showResults}
          data-search-query={
            search.status === 'done' ? search.query : undefined
          }>
          {hits.map((hit, index) => (
            // Options are chosen with the keyboard through the combobox
            // (aria-activedescendant); a click is the pointer equivalent.
            <li
              key={`${hit.url}-${index}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={styles.option}
              onClick={() => open(hit.url)}
              onMouseMove={() =>
                index !== active && setSelection({query: search.query, index})
              }>
              <span className={styles.optionTitle}>
                {hit.title}
                {hit.heading && (
                  <span className={styles.optionHeading}> › {hit.heading}</span>
                )}
              </span>
              <span className={styles.sectionLabel}>{hit.label}</span>
              <Excerpt excerpt={hit.excerpt} className={styles.excerpt} />
            </li>
          ))}
        </ul>

        <p role="status" className={styles.status}>
          <StatusText
            query={query.trim()}
            status={search.status}
            shown={hits.length}
            total={search.total}
          />
        </p>

        {search.status === 'done' && search.query.trim() !== '' && (
          <AskCommunity
            query={search.query}
            noResults={search.total === 0}
            className={styles.dialogAsk}
          />
        )}

        <div className={styles.footer}>
          {scope.versioned.length > 0 && (
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={allVersions}
                onChange={(event) => setAllVersions(event.target.checked)}
              />
              All docs versions
              {!allVersions && versionNote && (
                <span className={styles.muted}> (now: {versionNote})</span>
              )}
            </label>
          )}
          {query.trim() && (
            <Link
              to={searchPageUrl}
              className={styles.allResults}
              onClick={() => onClose(true)}>
              All results and filters
            </Link>
          )}
        </div>
      </div>
    </dialog>
  );
}

function StatusText({
  query,
  status,
  shown,
  total,
}: {
  query: string;
  status: string;
  shown: number;
  total: number;
}): ReactNode {
  if (!query || status === 'unavailable') {
    return null;
  }
  if (status === 'error') {
    return 'The search index could not be loaded. Reload the page to try again.';
  }
  if (status === 'loading' && shown === 0) {
    return 'Searching…';
  }
  if (status === 'done' && total === 0) {
    return `No results for “${query}”.`;
  }
  if (status === 'done') {
    return total > shown
      ? `${total} results; the best ${shown} are listed.`
      : `${total} ${total === 1 ? 'result' : 'results'}.`;
  }
  return null;
}
