/**
 * The embedded search, one feature in one folder:
 *
 * - ./theme/SearchBar: the navbar's search button and dialog (Ctrl+K, ⌘K or
 *   `/`), replacing the classic theme's empty placeholder;
 * - ./theme/SearchPage: the full search page at /search;
 * - ./client: what both share (Pagefind loading, results, "Ask the
 *   community"); ./SearchIndexMetadata: the section and version meta tags
 *   the theme wrappers add to every indexed page, for either engine;
 * - this plugin: serves /search and, after `docusaurus build`, indexes the
 *   built pages with Pagefind into `build/pagefind/` (./indexSite). The index
 *   is chunked, so a first search downloads only the parts it needs.
 *
 * With Algolia configured (docusaurus.config.ts) this plugin is not loaded and
 * the Algolia theme provides the search bar and /search instead.
 *
 * What is indexed is decided by the theme wrappers (DocItem/Content,
 * BlogPostItem/Content and Header/Title): pages without `data-pagefind-body`
 * (home, support, tag and list pages) are left out.
 */
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {indexSite} from './indexSite';

/** Where the search page is served, under the base URL. */
export const SEARCH_PATH = 'search';

export default function searchPagefindPlugin(
  context: LoadContext,
): Plugin<void> {
  return {
    name: 'search-pagefind',

    getThemePath() {
      return './theme';
    },

    async contentLoaded({actions}) {
      actions.addRoute({
        path: `${context.baseUrl}${SEARCH_PATH}`,
        exact: true,
        component: '@theme/SearchPage',
      });
    },

    async postBuild({outDir}) {
      const started = performance.now();
      const result = await indexSite(outDir);
      if (result.pages === 0) {
        throw new Error(
          `Pagefind indexed no page in ${outDir}: no page carries data-pagefind-body. The theme wrappers in src/theme/DocItem/Content and src/theme/BlogPostItem add it; check that they still render.`,
        );
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(
        `Search: indexed ${result.pages} pages into ${result.outputPath} in ${seconds} s.`,
      );
    },
  };
}
