/**
 * Front matter of knowledge-base answers, as Docusaurus reads it
 * (`markdown.parseFrontMatter` in docusaurus.config.ts):
 * - every answer shows the short kb sidebar (topic links), although no answer
 *   is listed in it: a sidebar of 3,000 answers would put every link into
 *   every answer page's HTML;
 * - `last_verified` reaches the pages as `YYYY-MM-DD` text, not as a Date
 *   object serialised to a timestamp.
 */
import {isAbsolute, relative} from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';

import {normaliseDate} from '../../lib/kb/dates';

export function kbParseFrontMatter(
  kbDir: string,
  sidebarId: string,
): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const path = relative(kbDir, params.filePath);
    if (path.startsWith('..') || isAbsolute(path)) {
      return result;
    }
    const {frontMatter} = result;
    return {
      ...result,
      frontMatter: {
        ...frontMatter,
        displayed_sidebar: sidebarId,
        last_verified:
          normaliseDate(frontMatter.last_verified) ?? frontMatter.last_verified,
      },
    };
  };
}
