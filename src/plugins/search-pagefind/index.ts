/**
 * The embedded search: after `docusaurus build`, indexes the built pages with
 * Pagefind into `build/pagefind/`. The index is chunked, so a first search
 * downloads only the parts it needs; the search box (src/theme/SearchBar) and
 * the /search page load `pagefind/pagefind.js` when a reader searches.
 *
 * What is indexed is decided by the theme wrappers (DocItem/Content,
 * BlogPostItem/Content and Header/Title): pages without `data-pagefind-body`
 * (home, support, tag and list pages) are left out.
 */
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {indexSite} from './indexSite';

export default function searchPagefindPlugin(
  _context: LoadContext,
): Plugin<void> {
  return {
    name: 'search-pagefind',
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
