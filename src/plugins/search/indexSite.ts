/**
 * Builds the Pagefind index of a built site: every HTML page that marks text
 * for the index (`data-pagefind-body`) is added under the URL a reader opens,
 * and the chunked index is written to `<siteDir>/pagefind/`. Used by the
 * plugin after `docusaurus build` and by the search benchmark on its
 * synthetic corpus.
 */
import {readdir, readFile} from 'node:fs/promises';
import type * as PagefindNode from 'pagefind';
import {join, relative, sep} from 'node:path';

import {separateTableCells} from '../../lib/search/html';
import {nativeImport} from '../nativeImport';
import {BODY_ATTRIBUTE} from '../../lib/search/markup';
import {htmlFileToUrlPath} from '../../lib/search/paths';

export const PAGEFIND_DIR = 'pagefind';

export interface IndexSiteResult {
  /** Pages added to the index. */
  readonly pages: number;
  /** HTML files skipped because they mark nothing for the index. */
  readonly skipped: number;
  readonly outputPath: string;
}

/** Every `.html` file under `dir`, relative to it, in a stable order. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => file.split(sep)[0] !== PAGEFIND_DIR)
    .sort();
}

function failure(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

type PagefindApi = typeof PagefindNode;

/**
 * Pages are sent to the Pagefind process one at a time, in file order: the
 * index numbers pages in the order they arrive, so sending several at once
 * gave every build of the same commit a different index (and different
 * file names under pagefind/).
 */
const IN_FLIGHT = 1;

export async function indexSite(siteDir: string): Promise<IndexSiteResult> {
  const pagefind = (await nativeImport('pagefind')) as PagefindApi;
  try {
    const {index, errors} = await pagefind.createIndex({});
    if (!index) {
      throw failure('start', errors);
    }
    const files = await listHtmlFiles(siteDir);
    let pages = 0;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const file = files[next++]!;
        const content = await readFile(join(siteDir, file), 'utf8');
        if (!content.includes(BODY_ATTRIBUTE)) {
          continue;
        }
        const added = await index.addHTMLFile({
          url: htmlFileToUrlPath(file),
          content: separateTableCells(content),
        });
        if (added.errors.length > 0) {
          throw failure(`index ${file}`, added.errors);
        }
        pages += 1;
      }
    };
    await Promise.all(Array.from({length: IN_FLIGHT}, worker));
    const outputPath = join(siteDir, PAGEFIND_DIR);
    const written = await index.writeFiles({outputPath});
    if (written.errors.length > 0) {
      throw failure(`write ${outputPath}`, written.errors);
    }
    return {pages, skipped: files.length - pages, outputPath};
  } finally {
    await pagefind.close();
  }
}
