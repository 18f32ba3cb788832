/**
 * What a search asks for, independent of the engine: the words, the sections
 * to include, and the docs versions to include. Turned into Pagefind filters
 * here, and kept in the /search page URL (`?q=…&section=kb&version=all`).
 */
import {SECTION_FILTER, TAG_FILTER} from './markup';
import {isSectionId, type SectionId} from './sections';

/** `version=all` in the URL: docs results from every version. */
export const ALL_VERSIONS = 'all';

export interface SearchScope {
  /** Sections to include; empty means every section. */
  readonly sections: readonly SectionId[];
  /**
   * Docusaurus search tags to include (`default`, `docs-default-2026.1`, …),
   * or `undefined` for every version of every docs instance.
   */
  readonly tags: readonly string[] | undefined;
}

/** A Pagefind filter object: every key must match; `any` matches one value of a list. */
export type PagefindFilters = Record<string, {any: string[]}>;

export function pagefindFilters(scope: SearchScope): PagefindFilters {
  const filters: PagefindFilters = {};
  if (scope.sections.length > 0) {
    filters[SECTION_FILTER] = {any: [...scope.sections]};
  }
  if (scope.tags) {
    filters[TAG_FILTER] = {any: [...scope.tags]};
  }
  return filters;
}

export interface SearchPageParams {
  readonly query: string;
  readonly sections: readonly SectionId[];
  /** A docs version name, `all`, or `undefined` for the reader's version. */
  readonly version: string | undefined;
}

/** Reads `?q=…&section=docs&section=kb&version=2025.2`; unknown sections are ignored. */
export function parseSearchParams(search: string): SearchPageParams {
  const params = new URLSearchParams(search);
  const sections = [...new Set(params.getAll('section').filter(isSectionId))];
  const version = params.get('version')?.trim() || undefined;
  return {query: params.get('q') ?? '', sections, version};
}

/** The inverse of parseSearchParams, without empty parameters: `?q=quota&section=kb`. */
export function formatSearchParams(params: SearchPageParams): string {
  const search = new URLSearchParams();
  if (params.query) {
    search.set('q', params.query);
  }
  for (const section of params.sections) {
    search.append('section', section);
  }
  if (params.version) {
    search.set('version', params.version);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
