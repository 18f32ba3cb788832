/**
 * The /kb landing page, served by the kb plugin (src/plugins/kb). Its route
 * data is a summary: the tags, their counts and the first answers, which is
 * all the unfiltered page shows. The whole list (about 300 bytes per answer)
 * is imported from `@kb/answers` only when the reader needs it: a filter in
 * the URL, a tag or text filter, "Show more", or a first step towards them
 * (focus or pointer on the filters), so the page stays light with thousands
 * of answers. Filter state lives in the URL (`?tags=dns&q=resolve`) so a
 * filtered list can be shared.
 */
import React, {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';

import {site} from '@site/src/data/site';
import {newIssueUrl} from '@site/src/lib/github';
import {
  EMPTY_FILTER,
  LANDING_PAGE_SIZE as PAGE_SIZE,
  filterAnswers,
  parseFilter,
  searchText,
  serializeFilter,
  toggleTag,
  type KbFilter,
  type KbLandingSummary,
  type KbListEntry,
} from '@site/src/lib/kb/landing';

import AnswerList from './AnswerList';
import styles from './styles.module.css';

interface Props {
  readonly data: KbLandingSummary;
}

type AllAnswers =
  | {readonly state: 'idle' | 'loading'}
  | {readonly state: 'loaded'; readonly answers: readonly KbListEntry[]}
  | {readonly state: 'failed'};

/**
 * The whole list, imported once `load()` is called (a second call does
 * nothing). A failed import can be tried again.
 */
function useAllAnswers(): [AllAnswers, () => void] {
  const [all, setAll] = useState<AllAnswers>({state: 'idle'});
  // Set while an import runs or after it succeeded.
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) {
      return;
    }
    started.current = true;
    setAll({state: 'loading'});
    import('@kb/answers').then(
      (module) => setAll({state: 'loaded', answers: module.default}),
      () => {
        started.current = false;
        setAll({state: 'failed'});
      },
    );
  }, []);
  return [all, load];
}

const TITLE = 'Knowledge base';
const DESCRIPTION =
  'Answers from application teams to the questions they asked while moving onto the platform.';

function useFilter(
  tagIds: readonly string[],
): [KbFilter, (next: KbFilter) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  // The server renders the unfiltered list; the URL's filter applies once
  // hydrated, so the first client render matches the HTML.
  const filter = isBrowser
    ? parseFilter(location.search, tagIds)
    : EMPTY_FILTER;
  const setFilter = (next: KbFilter) =>
    history.replace({
      ...location,
      search: serializeFilter(next, location.search),
    });
  return [filter, setFilter];
}

export default function KbLanding({data}: Props): ReactNode {
  const searchId = useId();
  const tagIds = useMemo(() => data.tags.map((tag) => tag.id), [data.tags]);
  const [filter, setFilter] = useFilter(tagIds);
  const [shown, setShown] = useState({key: '', count: PAGE_SIZE});
  const [all, loadAll] = useAllAnswers();
  const isFiltered = filter.tags.length > 0 || filter.query.trim() !== '';
  // A filter in the URL (a shared link, an old tag page) needs the list now.
  useEffect(() => {
    if (isFiltered) {
      loadAll();
    }
  }, [isFiltered, loadAll]);

  const answers = all.state === 'loaded' ? all.answers : data.first;
  const texts = useMemo(
    () => answers.map((answer) => searchText(answer, data.tags)),
    [answers, data.tags],
  );
  const filterKey = serializeFilter(filter);
  const matches = useMemo(
    () => filterAnswers(answers, texts, filter),
    // filterKey stands for the filter, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answers, texts, filterKey],
  );
  // A new filter starts again with one page of answers.
  const limit = shown.key === filterKey ? shown.count : PAGE_SIZE;
  // Until the whole list is here, a filter cannot be applied, and the
  // unfiltered list can show no more than its first page.
  const waiting = isFiltered && all.state !== 'loaded';
  const matchCount = isFiltered ? matches.length : data.total;
  const labelOf = (id: string) =>
    data.tags.find((tag) => tag.id === id)?.label ?? id;

  const askUrl = newIssueUrl(site.github, {
    template: 'kb-question.yml',
    question: filter.query.trim() || undefined,
  }).href;

  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <header className={styles.header}>
          <Heading as="h1">{TITLE}</Heading>
          <p className={styles.lead}>
            <Translate id="kb.landing.lead">
              Every answer here was written by someone who hit the problem
              first, and reviewed by the community maintainers. Each one says
              which platform versions it applies to and when it was last
              verified.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary" href={askUrl}>
              <Translate id="kb.landing.ask">Ask a new question</Translate>
            </Link>
            <Link
              className="button button--secondary"
              to="/contribute/kb-answer">
              <Translate id="kb.landing.contribute">Add an answer</Translate>
            </Link>
          </div>
        </header>

        <div
          role="search"
          className={styles.filters}
          // The first step towards a filter fetches the list it needs.
          onFocus={loadAll}
          onPointerEnter={loadAll}
          aria-label={translate({
            id: 'kb.landing.filters',
            message: 'Filter answers',
          })}>
          <div className={styles.searchRow}>
            <label htmlFor={searchId} className={styles.searchLabel}>
              <Translate id="kb.landing.searchLabel">
                Search the answers
              </Translate>
            </label>
            <input
              id={searchId}
              className={styles.searchInput}
              type="search"
              value={filter.query}
              placeholder={translate({
                id: 'kb.landing.searchPlaceholder',
                message: 'e.g. certificate not ready',
              })}
              autoComplete="off"
              onChange={(event) =>
                setFilter({...filter, query: event.target.value})
              }
            />
          </div>
          <fieldset className={styles.tagFilter}>
            <legend className={styles.tagLegend}>
              <Translate id="kb.landing.tagLegend">
                Show answers tagged
              </Translate>
            </legend>
            <ul className={styles.tagButtons}>
              {data.tags.map((tag) => (
                <li key={tag.id}>
                  <button
                    type="button"
                    className={styles.tagButton}
                    aria-pressed={filter.tags.includes(tag.id)}
                    title={tag.description}
                    onClick={() => setFilter(toggleTag(filter, tag.id))}>
                    {tag.label}{' '}
                    <span className={styles.tagCount}>
                      {data.counts[tag.id] ?? 0}
                      <span className="visually-hidden"> answers</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={styles.summary}>
            <p role="status" className={styles.count}>
              {all.state === 'failed'
                ? 'The list of answers could not be loaded: check your connection, then try again.'
                : waiting
                  ? `Filtering ${data.total} answers…`
                  : isFiltered
                    ? `${matches.length} of ${data.total} answers match${
                        filter.tags.length > 0
                          ? `, tagged ${filter.tags.map(labelOf).join(' and ')}`
                          : ''
                      }.`
                    : `${data.total} answers, most recently verified first.`}
            </p>
            {all.state === 'failed' && (
              <button
                type="button"
                className="button button--link button--sm"
                onClick={loadAll}>
                <Translate id="kb.landing.retry">Try again</Translate>
              </button>
            )}
            {isFiltered && (
              <button
                type="button"
                className="button button--link button--sm"
                onClick={() => setFilter(EMPTY_FILTER)}>
                <Translate id="kb.landing.clear">Clear filters</Translate>
              </button>
            )}
          </div>
        </div>

        {waiting ? null : matches.length === 0 ? (
          <div className={styles.empty}>
            <p>
              <Translate id="kb.landing.empty">
                No answer matches yet. Try fewer words or fewer tags, or ask the
                question: once it is answered, the answer is added here.
              </Translate>
            </p>
            <Link className="button button--primary" href={askUrl}>
              <Translate id="kb.landing.askEmpty">Ask this question</Translate>
            </Link>
          </div>
        ) : (
          <AnswerList
            answers={matches.slice(0, limit)}
            tags={data.tags}
            landingPath="/kb"
          />
        )}
        {!waiting && matchCount > limit && (
          <div className={styles.more}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                loadAll();
                setShown({key: filterKey, count: limit + PAGE_SIZE});
              }}>
              {`Show ${Math.min(PAGE_SIZE, matchCount - limit)} more of ${matchCount - limit}`}
            </button>
          </div>
        )}
      </main>
    </Layout>
  );
}
