/**
 * Reads what the built site gives the search index, so the search tests can
 * pick their terms and expected results from the content as it is, not from
 * prose copied into the test.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';

import {BODY_ATTRIBUTE, META_NAMES} from '../src/lib/search/markup';
import {htmlFileToUrlPath} from '../src/lib/search/paths';
import {isSectionId, type SectionId} from '../src/lib/search/sections';
import {BUILD_DIR} from '../scripts/lib/sitemap';

export interface IndexedPage {
  readonly path: string;
  readonly section: SectionId;
  /** Docs version label, for docs with more than one version. */
  readonly version: string | undefined;
  readonly title: string;
  /** The indexed text, lower-cased. */
  readonly text: string;
}

export function indexedPages(buildDir: string = BUILD_DIR): IndexedPage[] {
  const files = readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
  const pages: IndexedPage[] = [];
  for (const file of files) {
    const $ = load(readFileSync(join(buildDir, file), 'utf8'));
    const bodies = $(`[${BODY_ATTRIBUTE}]`);
    const section = $(`meta[name="${META_NAMES.section}"]`).attr('content');
    if (bodies.length === 0 || !section || !isSectionId(section)) {
      continue;
    }
    pages.push({
      path: htmlFileToUrlPath(file),
      section,
      version: $(`meta[name="${META_NAMES.version}"]`).attr('content'),
      title: bodies
        .find('h1')
        .first()
        .text()
        .replace(/\u200b/g, '')
        .trim(),
      text: bodies.text().toLowerCase(),
    });
  }
  return pages;
}
