/**
 * `npm run search:bench`: does the embedded search scale? Adds a synthetic
 * corpus of thousands of pages to a copy of the built site, indexes it all
 * with Pagefind, and measures first searches in headless Chromium against the
 * budget of issue 7: at most 300 KB of index data and results within 300 ms
 * of the last keystroke. Exits non-zero when a query is over budget.
 *
 *   npm run build && npm run search:bench
 *   npm run search:bench -- --pages 3000 --runs 5 --query "certificate pending" --query quota
 *
 * Writes the figures to .bench/search/results.json.
 */
import {existsSync} from 'node:fs';
import {cp, mkdir, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

import {indexSite, PAGEFIND_DIR} from '../../src/plugins/search/indexSite';
import {measureSearch, type QueryMeasurement} from '../lib/first-search';
import {readSiteFacts} from '../lib/corpus';
import {writeHtmlCorpus} from '../lib/corpus-html';

const ROOT = join(__dirname, '..', '..');
const BUILD_DIR = join(ROOT, 'build');
const OUT_DIR = join(ROOT, '.bench', 'search');

/** The budget from issue 7. */
export const BUDGET = {indexBytes: 300 * 1024, resultsMs: 300} as const;

const DEFAULT_QUERIES = ['certificate pending', 'quota', 'readiness probe'];

async function folderSize(
  dir: string,
): Promise<{bytes: number; files: number}> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (entry.isFile()) {
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
      files += 1;
    }
  }
  return {bytes, files};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function overBudget(measurement: QueryMeasurement): string[] {
  const indexBytes =
    measurement.typedBytes.index + measurement.typedBytes.fragments;
  const problems: string[] = [];
  if (indexBytes > BUDGET.indexBytes) {
    problems.push(
      `"${measurement.query}" transferred ${kb(indexBytes)} of index data (budget ${kb(BUDGET.indexBytes)})`,
    );
  }
  if (measurement.typedMs > BUDGET.resultsMs) {
    problems.push(
      `"${measurement.query}" showed results ${Math.round(measurement.typedMs)} ms after the last keystroke (budget ${BUDGET.resultsMs} ms)`,
    );
  }
  return problems;
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      pages: {type: 'string', default: '3000'},
      query: {type: 'string', multiple: true},
      runs: {type: 'string', default: '3'},
    },
  });
  const pageCount = Number(values.pages);
  if (!Number.isInteger(pageCount) || pageCount < 10) {
    console.error(
      `--pages must be a whole number of at least 10, not "${values.pages}".`,
    );
    return 2;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(
      `--runs must be a whole number of at least 1, not "${values.runs}".`,
    );
    return 2;
  }
  if (!existsSync(join(BUILD_DIR, 'search', 'index.html'))) {
    console.error(
      `${BUILD_DIR} has no search page: run "npm run build" first.`,
    );
    return 2;
  }
  const siteDir = join(OUT_DIR, 'site');
  await rm(OUT_DIR, {recursive: true, force: true});
  await mkdir(OUT_DIR, {recursive: true});
  console.log(
    `Copying the build to ${siteDir} and adding ${pageCount} synthetic pages…`,
  );
  await cp(BUILD_DIR, siteDir, {
    recursive: true,
    filter: (source) => source !== join(BUILD_DIR, PAGEFIND_DIR),
  });
  await writeHtmlCorpus(siteDir, {pages: pageCount}, readSiteFacts(ROOT));

  console.log('Indexing with Pagefind…');
  const started = performance.now();
  const indexed = await indexSite(siteDir);
  const indexSeconds = (performance.now() - started) / 1000;
  const size = await folderSize(indexed.outputPath);
  console.log(
    `Indexed ${indexed.pages} pages in ${indexSeconds.toFixed(1)} s; the index is ${(size.bytes / 1024 / 1024).toFixed(1)} MB in ${size.files} files.`,
  );

  const queries = values.query ?? DEFAULT_QUERIES;
  console.log(
    `Measuring first searches in headless Chromium: ${queries.map((query) => `"${query}"`).join(', ')}…`,
  );
  const measurements = await measureSearch({siteDir, queries, runs});

  console.log('');
  console.log(
    '| query | results | index data | of which fragments | pagefind code | requests | last keystroke → results, median (runs) | pasted, cold → results |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of measurements) {
    const b = m.typedBytes;
    console.log(
      `| ${m.query} | ${m.results} | ${kb(b.index + b.fragments)} | ${kb(b.fragments)} | ${kb(b.code)} | ${b.requests} | ${Math.round(m.typedMs)} ms (${m.typedRunsMs.map(Math.round).join(', ')}) | ${Math.round(m.pastedMs)} ms |`,
    );
  }
  await writeFile(
    join(OUT_DIR, 'results.json'),
    `${JSON.stringify({pages: indexed.pages, indexSeconds, index: size, budget: BUDGET, measurements}, null, 2)}\n`,
  );
  const problems = measurements.flatMap(overBudget);
  console.log('');
  if (problems.length > 0) {
    console.error(`Over budget:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log(
    `Within budget (${kb(BUDGET.indexBytes)} of index data, ${BUDGET.resultsMs} ms). Figures in ${join(OUT_DIR, 'results.json')}.`,
  );
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
