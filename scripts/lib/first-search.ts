/**
 * The one measurement of what a first search costs a reader, used by
 * `npm run bench` (one typed search on the built site) and
 * `npm run search:bench` (several runs per query, over a large corpus): open
 * the /search/ page in headless Chromium with an empty cache, type a query,
 * and record the bytes fetched from /pagefind/, the results shown and the
 * time from the last keystroke until they are on screen.
 */
import {chromium, type Browser, type Page} from '@playwright/test';

import {OFFLINE_CHROMIUM_ARGS, resolveChromium} from './browser';
import {serveStatic} from './serve';

export interface SearchMeasurementOptions {
  /** A built site (the output of `npm run build`, or the benchmark's copy of it). */
  readonly siteDir: string;
  readonly queries: readonly string[];
  /** Path of the search page; default `/search/`. */
  readonly searchPath?: string;
  /** Pause between keystrokes while typing, in ms; default 80 (a quick typist). */
  readonly keystrokeDelayMs?: number;
  /** Runs per query, each with an empty cache; the median is reported. Default 3. */
  readonly runs?: number;
  readonly chromiumPath?: string;
}

export interface TransferredBytes {
  /** pagefind.js, its worker and the WebAssembly module. */
  readonly code: number;
  /** Index metadata, word-index chunks and filter chunks. */
  readonly index: number;
  /** Fragments: the text and metadata of the results shown. */
  readonly fragments: number;
  readonly requests: number;
}

export interface QueryMeasurement {
  readonly query: string;
  /** Pages that match the query (what the search page reports). */
  readonly results: number;
  /** Typed key by key into the field: last keystroke → results painted, in ms (median of the runs). */
  readonly typedMs: number;
  /** Each run's time, in ms. */
  readonly typedRunsMs: readonly number[];
  /**
   * Everything /pagefind/ sent for that first search, until the network was
   * idle; of the runs, the one that fetched the most index data (a pause in
   * typing fetches the excerpts of the partial query too).
   */
  readonly typedBytes: TransferredBytes;
  /**
   * The whole query arriving at once in a field that was not focused before
   * (pasted): nothing was preloaded, so this includes loading Pagefind
   * (median of the runs).
   */
  readonly pastedMs: number;
}

/** Installed in the page before it loads: records the last keydown and when results were painted. */
function instrument(): void {
  const bench = {lastKey: 0, expect: '', shown: 0};
  (window as unknown as {__searchBench: typeof bench}).__searchBench = bench;
  document.addEventListener(
    'keydown',
    () => (bench.lastKey = performance.now()),
    true,
  );
  document.addEventListener(
    'input',
    () => (bench.lastKey = performance.now()),
    true,
  );
  new MutationObserver(() => {
    if (bench.shown || !bench.expect) {
      return;
    }
    const list = document.querySelector('[data-search-query]');
    if (list?.getAttribute('data-search-query') === bench.expect) {
      // The frame after the change: when the results reach the screen.
      requestAnimationFrame(() => (bench.shown = performance.now()));
    }
  }).observe(document, {subtree: true, childList: true, attributes: true});
}

function classify(
  pathname: string,
): keyof Omit<TransferredBytes, 'requests'> | undefined {
  if (!pathname.includes('/pagefind/')) {
    return undefined;
  }
  if (pathname.endsWith('.pf_fragment')) {
    return 'fragments';
  }
  if (/\.pf_(meta|index|filter)$/.test(pathname)) {
    return 'index';
  }
  return 'code';
}

async function openSearch(
  browser: Browser,
  origin: string,
  searchPath: string,
) {
  const context = await browser.newContext({
    viewport: {width: 1280, height: 800},
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(message.text());
    }
  });
  await page.addInitScript(instrument);
  await page.goto(new URL(searchPath, origin).href);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {context, page, problems};
}

async function waitForResults(page: Page, query: string): Promise<number> {
  await page.waitForFunction(
    () =>
      (window as unknown as {__searchBench: {shown: number}}).__searchBench
        .shown > 0,
    undefined,
    {timeout: 30_000},
  );
  const {lastKey, shown} = await page.evaluate(
    () =>
      (window as unknown as {__searchBench: {lastKey: number; shown: number}})
        .__searchBench,
  );
  if (!lastKey) {
    throw new Error(`No keystroke was recorded for "${query}".`);
  }
  return shown - lastKey;
}

async function resultCount(page: Page): Promise<number> {
  const status = await page
    .getByRole('status')
    .filter({hasText: /result/})
    .first()
    .textContent();
  const match = /^(\d+) results?/.exec(status?.trim() ?? '');
  return match ? Number(match[1]) : 0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type RunOptions = Required<
  Omit<SearchMeasurementOptions, 'chromiumPath' | 'queries' | 'siteDir'>
>;

const DEFAULT_RUN: RunOptions = {
  searchPath: '/search/',
  keystrokeDelayMs: 80,
  runs: 3,
};

export interface FirstSearch {
  readonly query: string;
  /** Pages that match the query (what the search page reports). */
  readonly results: number;
  /** Results on screen, each with its excerpt. */
  readonly shown: number;
  /** Last keystroke → results painted, in ms. */
  readonly ms: number;
  readonly bytes: TransferredBytes;
}

/** One typed search with an empty cache: time, bytes and result count. */
export async function firstSearch(
  browser: Browser,
  origin: string,
  query: string,
  options: Partial<RunOptions> = {},
): Promise<FirstSearch> {
  const {searchPath, keystrokeDelayMs} = {...DEFAULT_RUN, ...options};
  const typed = await openSearch(browser, origin, searchPath);
  const bytes = {code: 0, index: 0, fragments: 0, requests: 0};
  const sizing: Promise<void>[] = [];
  typed.page.on('requestfinished', (request) => {
    const kind = classify(new URL(request.url()).pathname);
    if (kind) {
      sizing.push(
        request.sizes().then((sizes) => {
          bytes[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
          bytes.requests += 1;
        }),
      );
    }
  });
  await typed.page.evaluate((text) => {
    (
      window as unknown as {__searchBench: {expect: string}}
    ).__searchBench.expect = text;
  }, query);
  const field = typed.page.getByRole('searchbox');
  await field.click();
  await field.pressSequentially(query, {delay: keystrokeDelayMs});
  const ms = await waitForResults(typed.page, query);
  const results = await resultCount(typed.page);
  const shown = await typed.page
    .getByRole('list', {name: 'Search results'})
    .getByRole('listitem')
    .count();
  await typed.page.waitForLoadState('networkidle');
  await Promise.all(sizing);
  await typed.context.close();
  if (typed.problems.length > 0) {
    throw new Error(`The search page logged: ${typed.problems.join('; ')}`);
  }
  return {query, ms, bytes, results, shown};
}

/** The query set in one go into a field nobody focused before. */
async function pastedRun(
  browser: Browser,
  origin: string,
  options: RunOptions,
  query: string,
) {
  const pasted = await openSearch(browser, origin, options.searchPath);
  await pasted.page.evaluate((text) => {
    (
      window as unknown as {__searchBench: {expect: string}}
    ).__searchBench.expect = text;
  }, query);
  await pasted.page.getByRole('searchbox').fill(query);
  const ms = await waitForResults(pasted.page, query);
  await pasted.context.close();
  return ms;
}

async function measureQuery(
  browser: Browser,
  origin: string,
  options: RunOptions,
  query: string,
): Promise<QueryMeasurement> {
  const typed = [];
  const pasted = [];
  for (let run = 0; run < options.runs; run += 1) {
    typed.push(await firstSearch(browser, origin, query, options));
    pasted.push(await pastedRun(browser, origin, options, query));
  }
  const typedRunsMs = typed.map((run) => run.ms);
  return {
    query,
    results: typed[0]!.results,
    typedMs: median(typedRunsMs),
    typedRunsMs,
    typedBytes: typed
      .map((run) => run.bytes)
      .reduce((most, bytes) =>
        bytes.index + bytes.fragments > most.index + most.fragments
          ? bytes
          : most,
      ),
    pastedMs: median(pasted),
  };
}

export async function measureSearch(
  options: SearchMeasurementOptions,
): Promise<QueryMeasurement[]> {
  // Uncompressed: Pagefind's index files are compressed already.
  const server = await serveStatic(options.siteDir, {gzip: false});
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? resolveChromium(),
    args: OFFLINE_CHROMIUM_ARGS,
  });
  try {
    const measurements: QueryMeasurement[] = [];
    for (const query of options.queries) {
      measurements.push(
        await measureQuery(
          browser,
          server.origin,
          {
            searchPath: options.searchPath ?? DEFAULT_RUN.searchPath,
            keystrokeDelayMs:
              options.keystrokeDelayMs ?? DEFAULT_RUN.keystrokeDelayMs,
            runs: options.runs ?? DEFAULT_RUN.runs,
          },
          query,
        ),
      );
    }
    return measurements;
  } finally {
    await browser.close();
    await server.close();
  }
}
