/**
 * `npm run bench:lighthouse`: runs Lighthouse (mobile settings, the default
 * config: a mid-range phone on a slow 4G link, simulated) on the real site's
 * production build, served with gzip on 127.0.0.1, for the home page, a doc
 * page, a knowledge-base answer, /support and /rent-an-engineer. Prints the
 * four category scores per page and writes .bench/lighthouse.json, plus one
 * HTML report per page in .bench/lighthouse/ to read the details.
 *
 * Scores move from run to run (more so on a busy machine), so each page is
 * audited three times and the run with the median performance score is kept,
 * as Lighthouse CI does.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- --runs 5] [-- --check]
 *   --runs N  audits per page (default 3)
 *   --check   exit with status 1 when a page misses a target (see TARGETS)
 */
import {launch} from 'chrome-launcher';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

import {OFFLINE_CHROMIUM_ARGS, resolveChromium} from '../lib/browser';
import {BUILD_DIR, sitemapPaths} from '../lib/sitemap';
import {
  CATEGORIES,
  formatScoresTable,
  medianRun,
  summarizeLighthouse,
  TARGETS,
  type LighthouseResultLike,
  type PageScores,
} from './lighthouse-summary';
import {machineInfo} from './machine';
import {lighthousePages} from './pages';
import {serveStatic} from '../lib/serve';

const SITE_DIR = join(__dirname, '..', '..');
const OUT_DIR = join(SITE_DIR, '.bench');

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  ...OFFLINE_CHROMIUM_ARGS,
];

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      check: {type: 'boolean', default: false},
      runs: {type: 'string', default: '3'},
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(
      `--runs takes a whole number of 1 or more, not "${values.runs}".`,
    );
  }
  const pages = lighthousePages(sitemapPaths(BUILD_DIR));
  const {default: lighthouse, generateReport} = await import('lighthouse');

  const server = await serveStatic(BUILD_DIR);
  const chrome = await launch({
    chromePath: resolveChromium(),
    chromeFlags: CHROME_FLAGS,
  });
  const machineBefore = machineInfo();
  const results: (PageScores & {performanceRuns: (number | null)[]})[] = [];
  let settings = '';
  mkdirSync(join(OUT_DIR, 'lighthouse'), {recursive: true});
  try {
    for (const {label, path} of pages) {
      const url = new URL(path, server.origin).href;
      const audits: PageScores[] = [];
      const reports = new Map<PageScores, string>();
      for (let run = 1; run <= runs; run++) {
        process.stdout.write(`Lighthouse ${run}/${runs}: ${url}\n`);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) {
          throw new Error(`Lighthouse returned no result for ${url}`);
        }
        if (result.lhr.runtimeError) {
          throw new Error(
            `Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`,
          );
        }
        const {formFactor, throttlingMethod, screenEmulation} =
          result.lhr.configSettings;
        settings = `${formFactor}, ${screenEmulation.width}x${screenEmulation.height}, throttling: ${throttlingMethod}, median of ${runs} runs`;
        const summary = summarizeLighthouse(
          label,
          path,
          result.lhr as unknown as LighthouseResultLike,
        );
        audits.push(summary);
        reports.set(summary, generateReport(result.lhr, 'html'));
      }
      const median = medianRun(audits);
      const fileName =
        path === '/' ? 'home' : path.slice(1).replace(/\//g, '_');
      writeFileSync(
        join(OUT_DIR, 'lighthouse', `${fileName}.html`),
        reports.get(median)!,
      );
      results.push({
        ...median,
        performanceRuns: audits.map((audit) => audit.scores.performance),
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const report = {
    date: new Date().toISOString(),
    lighthouseVersion: (await import('lighthouse/package.json')).version,
    settings,
    targets: TARGETS,
    machine: {before: machineBefore, after: machineInfo()},
    pages: results,
  };
  const jsonPath = join(OUT_DIR, 'lighthouse.json');
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);

  process.stdout.write(`\n${formatScoresTable(results)}\n\n`);
  for (const page of results) {
    for (const [category, audits] of Object.entries(page.lostPoints)) {
      process.stdout.write(
        `${page.path} ${category}:\n${audits.map((audit) => `  - ${audit}`).join('\n')}\n`,
      );
    }
  }
  process.stdout.write(
    `\nWrote ${jsonPath} and HTML reports in ${join(OUT_DIR, 'lighthouse')}\n`,
  );
  if (values.check && results.some((page) => !page.meetsTargets)) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
