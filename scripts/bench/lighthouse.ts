/**
 * `npm run bench:lighthouse`: runs Lighthouse (mobile settings, the default
 * config: a mid-range phone on a slow 4G link, simulated) side by side on
 * this site's production build and on the stock classic site of the same
 * Docusaurus (scripts/bench/stock-site.ts), both served with gzip on
 * 127.0.0.1. This site: the home page, a doc page without a diagram and one
 * with, a knowledge-base answer, /support and /rent-an-engineer; the stock
 * site: its home page and /docs/intro/.
 *
 * The runs are interleaved (round 1 audits every page once, then round 2...),
 * so a busy spell of the machine slows both sites alike, and each page keeps
 * the run with its median performance score, as Lighthouse CI does. The table
 * compares each page with the stock page of its kind in the same run: those
 * ratios, not the absolute scores, are what holds from one day to the next.
 * Writes .bench/lighthouse.json and one HTML report per page in
 * .bench/lighthouse/ to read the details.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- --runs 5] [-- --check]
 *   --runs N  rounds (default 3)
 *   --check   exit with status 1 when a page of this site misses a target
 *             (see TARGETS)
 */
import {launch} from 'chrome-launcher';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

import {OFFLINE_CHROMIUM_ARGS, resolveChromium} from '../lib/browser';
import {htmlFileFor} from '../lib/build-output';
import {BUILD_DIR, sitemapPaths} from '../lib/sitemap';
import {
  CATEGORIES,
  formatComparisonTable,
  medianRun,
  summarizeLighthouse,
  TARGETS,
  type ComparedPage,
  type LighthouseResultLike,
  type PageScores,
} from './lighthouse-summary';
import {machineInfo} from './machine';
import {hasDiagramMarkup, lighthousePages} from './pages';
import {stockSiteBuild} from './stock-site';
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
  const stock = stockSiteBuild();
  const {default: lighthouse, generateReport} = await import('lighthouse');

  const server = await serveStatic(BUILD_DIR);
  const stockServer = await serveStatic(stock.buildDir);
  const hasDiagram = (path: string) =>
    hasDiagramMarkup(readFileSync(htmlFileFor(BUILD_DIR, path), 'utf8'));
  const STOCK_HOME = 'stock home page';
  const STOCK_DOC = 'stock doc page';
  const targets: {
    site: ComparedPage['site'];
    label: string;
    path: string;
    origin: string;
    comparedWith?: string;
  }[] = [
    {
      site: 'stock classic',
      label: STOCK_HOME,
      path: '/',
      origin: stockServer.origin,
    },
    {
      site: 'stock classic',
      label: STOCK_DOC,
      path: '/docs/intro/',
      origin: stockServer.origin,
    },
    ...lighthousePages(sitemapPaths(BUILD_DIR), hasDiagram).map(
      ({label, path}) => ({
        site: 'Baseplate' as const,
        label,
        path,
        origin: server.origin,
        comparedWith: path === '/' ? STOCK_HOME : STOCK_DOC,
      }),
    ),
  ];
  const chrome = await launch({
    chromePath: resolveChromium(),
    chromeFlags: CHROME_FLAGS,
  });
  const machineBefore = machineInfo();
  const audits = targets.map(() => [] as PageScores[]);
  const reports = new Map<PageScores, string>();
  let settings = '';
  mkdirSync(join(OUT_DIR, 'lighthouse'), {recursive: true});
  try {
    for (let run = 1; run <= runs; run++) {
      for (const [index, target] of targets.entries()) {
        const url = new URL(target.path, target.origin).href;
        process.stdout.write(
          `Lighthouse ${run}/${runs}: ${target.site} ${url}\n`,
        );
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
        settings = `${formFactor}, ${screenEmulation.width}x${screenEmulation.height}, throttling: ${throttlingMethod}, median of ${runs} interleaved rounds`;
        const summary = summarizeLighthouse(
          target.label,
          target.path,
          result.lhr as unknown as LighthouseResultLike,
        );
        audits[index]!.push(summary);
        reports.set(summary, generateReport(result.lhr, 'html'));
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
    await stockServer.close();
  }

  const results: (ComparedPage & {median: PageScores})[] = targets.map(
    (target, index) => {
      const median = medianRun(audits[index]!);
      const fileName = `${target.site === 'Baseplate' ? '' : 'stock-'}${
        target.path === '/'
          ? 'home'
          : target.path.replace(/^\/|\/$/g, '').replace(/\//g, '_')
      }`;
      writeFileSync(
        join(OUT_DIR, 'lighthouse', `${fileName}.html`),
        reports.get(median)!,
      );
      return {
        site: target.site,
        median,
        performanceRuns: audits[index]!.map(
          (audit) => audit.scores.performance,
        ),
        ...(target.comparedWith && {comparedWith: target.comparedWith}),
      };
    },
  );
  const ours = results.filter((result) => result.site === 'Baseplate');

  const report = {
    date: new Date().toISOString(),
    lighthouseVersion: (await import('lighthouse/package.json')).version,
    settings,
    targets: TARGETS,
    stock: {
      docusaurus: stock.version,
      site: 'create-docusaurus classic template, future: {v4: true, faster: true}',
    },
    machine: {before: machineBefore, after: machineInfo()},
    pages: results,
  };
  const jsonPath = join(OUT_DIR, 'lighthouse.json');
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);

  process.stdout.write(`\n${formatComparisonTable(results)}\n\n`);
  for (const {median: page} of ours) {
    for (const [category, audits] of Object.entries(page.lostPoints)) {
      process.stdout.write(
        `${page.path} ${category}:\n${audits.map((audit) => `  - ${audit}`).join('\n')}\n`,
      );
    }
  }
  process.stdout.write(
    `\nWrote ${jsonPath} and HTML reports in ${join(OUT_DIR, 'lighthouse')}\n`,
  );
  if (values.check && ours.some(({median}) => !median.meetsTargets)) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
