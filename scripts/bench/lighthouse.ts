/**
 * `npm run bench:lighthouse`: runs Lighthouse (mobile settings, the default
 * config: a mid-range phone on a slow 4G link, simulated) on the real site's
 * production build, served with gzip on 127.0.0.1, for the home page, a doc
 * page, a knowledge-base answer, /support and /rent-an-engineer. Prints the
 * four category scores per page and writes .bench/lighthouse.json, plus one
 * HTML report per page in .bench/lighthouse/ to read the details.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- --check]
 *   --check   exit with status 1 when a page misses a target (see TARGETS)
 */
import {launch} from 'chrome-launcher';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

import {OFFLINE_CHROMIUM_ARGS, resolveChromium} from '../../e2e/browser';
import {BUILD_DIR, sitemapPaths} from '../../e2e/sitemap';
import {
  CATEGORIES,
  formatScoresTable,
  summarizeLighthouse,
  TARGETS,
  type LighthouseResultLike,
  type PageScores,
} from './lighthouse-summary';
import {machineInfo} from './machine';
import {lighthousePages} from './pages';
import {serveBuild} from './server';

const SITE_DIR = join(__dirname, '..', '..');
const OUT_DIR = join(SITE_DIR, '.bench');

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  ...OFFLINE_CHROMIUM_ARGS,
];

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const pages = lighthousePages(sitemapPaths(BUILD_DIR));
  const {default: lighthouse, generateReport} = await import('lighthouse');

  const server = await serveBuild(BUILD_DIR);
  const chrome = await launch({
    chromePath: resolveChromium(),
    chromeFlags: CHROME_FLAGS,
  });
  const machineBefore = machineInfo();
  const results: PageScores[] = [];
  let settings = '';
  mkdirSync(join(OUT_DIR, 'lighthouse'), {recursive: true});
  try {
    for (const {label, path} of pages) {
      const url = new URL(path, server.origin).href;
      process.stdout.write(`Lighthouse: ${url}\n`);
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) {
        throw new Error(`Lighthouse returned no result for ${url}`);
      }
      if (run.lhr.runtimeError) {
        throw new Error(
          `Lighthouse could not audit ${url}: ${run.lhr.runtimeError.message}`,
        );
      }
      const {formFactor, throttlingMethod, screenEmulation} =
        run.lhr.configSettings;
      settings = `${formFactor}, ${screenEmulation.width}x${screenEmulation.height}, throttling: ${throttlingMethod}`;
      const fileName =
        path === '/' ? 'home' : path.slice(1).replace(/\//g, '_');
      writeFileSync(
        join(OUT_DIR, 'lighthouse', `${fileName}.html`),
        generateReport(run.lhr, 'html'),
      );
      results.push(
        summarizeLighthouse(
          label,
          path,
          run.lhr as unknown as LighthouseResultLike,
        ),
      );
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
  if (check && results.some((page) => !page.meetsTargets)) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
