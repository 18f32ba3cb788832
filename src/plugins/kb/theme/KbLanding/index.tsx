/**
 * The /kb landing page, served by the kb plugin (src/plugins/kb) with the list
 * of answers as route data that only this page loads. Filter state lives in
 * the URL (`?tags=dns&q=resolve`) so a filtered list can be shared; only the
 * first answers are rendered until the reader asks for more, so the page stays
 * light with thousands of answers.
 */
import React, {useId, useMemo, useState, type ReactNode} from 'react';
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
  countByTag,
  filterAnswers,
  parseFilter,
  searchText,
  serializeFilter,
  toggleTag,
  type KbFilter,
  type KbLandingData,
} from '@site/src/lib/kb/landing';

import AnswerList from './AnswerList';
import styles from './styles.module.css';

interface Props {
  readonly data: KbLandingData;
}

/** Answers rendered at first, and added by each "Show more". */
const PAGE_SIZE = 30;

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

  const texts = useMemo(
    () => data.answers.map((answer) => searchText(answer, data.tags)),
    [data],
  );
  const filterKey = serializeFilter(filter);
  const matches = useMemo(
    () => filterAnswers(data.answers, texts, filter),
    // filterKey stands for the filter, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.answers, texts, filterKey],
  );
  const counts = useMemo(() => countByTag(data.answers), [data.answers]);
  // A new filter starts again with one page of answers.
  const limit = shown.key === filterKey ? shown.count : PAGE_SIZE;
  const isFiltered = filter.tags.length > 0 || filter.query.trim() !== '';
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
                      {counts.get(tag.id) ?? 0}
                      <span className="visually-hidden"> answers</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={styles.summary}>
            <p role="status" className={styles.count}>
              {isFiltered
                ? `${matches.length} of ${data.answers.length} answers match${
                    filter.tags.length > 0
                      ? `, tagged ${filter.tags.map(labelOf).join(' and ')}`
                      : ''
                  }.`
                : `${data.answers.length} answers, most recently verified first.`}
            </p>
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

        {matches.length === 0 ? (
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
        {matches.length > limit && (
          <div className={styles.more}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                setShown({key: filterKey, count: limit + PAGE_SIZE})
              }>
              {`Show ${Math.min(PAGE_SIZE, matches.length - limit)} more of ${matches.length - limit}`}
            </button>
          </div>
        )}
      </main>
    </Layout>
  );
}
