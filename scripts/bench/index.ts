/**
 * `npm run bench`: builds a copy of the site with a synthetic corpus at scale
 * and reports what it cost and what readers download.
 *
 *   npm run bench                      3,000 kb answers, 150 docs pages x 4 versions, 200 posts
 *   npm run bench -- --quick           a small corpus, for CI (about a minute)
 *   npm run bench -- --kb 500 --pages 40 --versions 2 --posts 20
 *   npm run bench -- --versions 1      docs/ only, as DOCS_ONLY_CURRENT=true previews build
 *
 * Other options: --out <file> (default .bench/report.json), --keep (keep the
 * temporary copy and print where it is), --query <word> (the search query),
 * --check (exit with status 1 when the run is over the `scale` budget of
 * budgets.json; meant for the full corpus, which that budget is set for).
 * The build log goes beside the report (.bench/report.build.log).
 * BENCH_ACCOUNTING=node uses Node's own accounting instead of /usr/bin/time.
 *
 * The working tree is never touched: the site is copied to a temporary folder
 * with its own build cache (so every run is a cold build, like CI's), the
 * corpus is generated there and committed (pages get "last updated" from Git
 * as real ones do), and the copy is built with `node scripts/build.mjs`, the
 * `npm run build` of the site, under /usr/bin/time -v.
 */
import {chromium} from '@playwright/test';
import {spawn} from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';

import {OFFLINE_CHROMIUM_ARGS, resolveChromium} from '../lib/browser';
import {sitemapPaths} from '../lib/sitemap';
import {commitAll, copySite} from '../../tests/site-copy';
import {
  htmlFileFor,
  largestPages,
  readBuildOutput,
  sidebarBytes,
  summarizeByKind,
} from '../lib/build-output';
import {
  parsePerfLog,
  parseTimeVerbose,
  summarizeNodeUsage,
  type BuildCost,
} from './build-metrics';
import {htmlRuleFor, loadBudgets, scaleBudgetProblems} from '../lib/budgets';
import {generateCorpus, readSiteFacts, writeCorpus} from '../lib/corpus';
import {machineInfo} from './machine';
import {measurePageWeight, weighAsset} from '../lib/page-weight';
import {knowledgeBaseAnswer, typicalDocPage} from './pages';
import {BenchReport, findings, formatReport} from './report';
import {parseOptions, type BenchOptions} from './options';
import {measureSearchFirstQuery} from './search';
import {serveStatic} from '../lib/serve';

const GNU_TIME = '/usr/bin/time';
const BUILD_COMMAND = ['node', 'scripts/build.mjs'];

/** Runs the site's build in `dir`, measured; streams its output to `logFile`. */
async function measureBuild(
  dir: string,
  onlyCurrent: boolean,
  logFile: string,
): Promise<BuildCost> {
  const timeFile = logFile.replace(/\.log$/, '.time.txt');
  const usageFile = logFile.replace(/\.log$/, '.resource-usage.jsonl');
  rmSync(timeFile, {force: true});
  rmSync(usageFile, {force: true});
  // BENCH_ACCOUNTING=node measures with Node's accounting even where GNU time exists.
  const useGnuTime =
    process.env.BENCH_ACCOUNTING !== 'node' && existsSync(GNU_TIME);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCUSAURUS_PERF_LOGGER: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    // The synthetic pages' manifests are filler, not the platform's: the
    // build reports what the manifest check finds without failing on it.
    MANIFESTS_CHECK: 'report',
  };
  // The copy is served from / and its docs versions come from the options,
  // whatever the calling shell sets.
  delete env.DOCS_ONLY_CURRENT;
  delete env.SITE_URL;
  delete env.BASE_URL;
  if (onlyCurrent) {
    env.DOCS_ONLY_CURRENT = 'true';
  }
  if (!useGnuTime) {
    const preload = pathToFileURL(join(__dirname, 'resource-usage.mjs')).href;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${preload}`.trim();
    env.BENCH_RESOURCE_LOG = usageFile;
  }
  const [command, ...args] = useGnuTime
    ? [GNU_TIME, '-v', '-o', timeFile, ...BUILD_COMMAND]
    : BUILD_COMMAND;

  const log = createWriteStream(logFile);
  const started = performance.now();
  const status = await new Promise<number | null>((done, fail) => {
    const child = spawn(command!, args, {cwd: dir, env});
    let pending = '';
    const relay = (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // Progress: each phase of the build as it ends.
        if (/^\[PERF\] Build > \w+ > [^>]+ - /.test(line)) {
          process.stdout.write(`  ${line.replace(/ - \(Heap.*/, '')}\n`);
        }
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', fail);
    child.on('close', done);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise((done) => log.end(done));
  if (status !== 0) {
    const tail = readFileSync(logFile, 'utf8')
      .split('\n')
      .slice(-40)
      .join('\n');
    throw new Error(
      `The build of the bench corpus failed (status ${status}); full log: ${logFile}\n${tail}`,
    );
  }
  return useGnuTime
    ? {
        accounting: '/usr/bin/time -v',
        ...parseTimeVerbose(readFileSync(timeFile, 'utf8')),
      }
    : {
        accounting: 'node process.resourceUsage()',
        ...summarizeNodeUsage(readFileSync(usageFile, 'utf8'), wallSeconds),
      };
}

function mainScript(buildDir: string) {
  const file = readdirSync(join(buildDir, 'assets', 'js')).find((name) =>
    /^main\.[0-9a-f]+\.js$/.test(name),
  );
  if (!file) {
    throw new Error(`${buildDir}/assets/js has no main.<hash>.js`);
  }
  return weighAsset(buildDir, `/assets/js/${file}`);
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const machineBefore = machineInfo();
  // Beside the report, named after it: runs with different --out never mix.
  mkdirSync(dirname(options.out), {recursive: true});
  const logFile = options.out.replace(/(\.json)?$/, '.build.log');

  process.stdout.write('Copying the site and generating the corpus...\n');
  const copy = copySite({ownBuildCache: true});
  try {
    const generating = performance.now();
    const corpus = generateCorpus(options.corpus, readSiteFacts(copy.dir));
    writeCorpus(copy.dir, corpus);
    commitAll(copy.dir, 'Bench corpus');
    const generateSeconds = (performance.now() - generating) / 1000;

    process.stdout.write(
      `Building ${copy.dir} (${corpus.counts.kbAnswers} kb answers, ${corpus.counts.docsPages} docs pages, ${corpus.counts.blogPosts} posts); log: ${logFile}\n`,
    );
    const cost = await measureBuild(
      copy.dir,
      corpus.versions.onlyCurrent,
      logFile,
    );
    const {phases, plugins} = parsePerfLog(readFileSync(logFile, 'utf8'));

    const buildDir = join(copy.dir, 'build');
    const {pages, totals} = readBuildOutput(buildDir);
    const sitemap = sitemapPaths(buildDir);
    const measured = [
      {label: 'home page', path: '/'},
      {label: 'doc page', path: typicalDocPage(sitemap)},
      {label: 'knowledge-base answer', path: knowledgeBaseAnswer(sitemap)},
      // The two list pages whose data grows with the content.
      {label: 'knowledge-base landing', path: '/kb/'},
      {label: 'blog', path: '/blog/'},
    ].filter(
      (entry): entry is {label: string; path: string} =>
        entry.path !== undefined,
    );

    process.stdout.write(
      'Weighing pages and the first search in Chromium...\n',
    );
    const server = await serveStatic(buildDir);
    const browser = await chromium.launch({
      executablePath: resolveChromium(),
      args: OFFLINE_CHROMIUM_ARGS,
    });
    let pageWeight: BenchReport['pageWeight'];
    let search: BenchReport['search'];
    try {
      pageWeight = [];
      for (const {label, path} of measured) {
        // A new context (empty cache) for each page: a first visit.
        const page = await browser.newPage();
        const weight = await measurePageWeight(
          page,
          new URL(path, server.origin).href,
          buildDir,
        );
        await page.close();
        const html = readFileSync(htmlFileFor(buildDir, path));
        pageWeight.push({
          label,
          ...weight,
          path,
          htmlBytes: html.length,
          sidebarBytes: sidebarBytes(html.toString('utf8')),
        });
      }
      // A new context too, so the search counts nothing the pages above cached.
      search = await measureSearchFirstQuery(
        browser,
        server.origin,
        buildDir,
        options.query,
      );
    } finally {
      await browser.close();
      await server.close();
    }

    const budgets = loadBudgets();
    const tagPages = pages
      .filter((page) => /\/tags(\/|$)/.test(page.path))
      .sort((a, b) => b.bytes - a.bytes);
    const partial = {
      date: new Date().toISOString(),
      machine: {before: machineBefore, after: machineInfo()},
      options: {...options.corpus, quick: options.quick},
      corpus: {
        ...corpus.counts,
        docsVersions: corpus.versions.onlyCurrent
          ? ['current only (DOCS_ONLY_CURRENT=true)']
          : ['current (Next)', ...corpus.versions.released],
        generateSeconds: Math.round(generateSeconds * 10) / 10,
      },
      build: {
        command: BUILD_COMMAND.join(' '),
        ...cost,
        cpuSeconds:
          Math.round((cost.userSeconds + cost.systemSeconds) * 100) / 100,
        phases,
        plugins,
        log: logFile,
      },
      output: {
        pagesBuilt: pages.length,
        sitemapPages: sitemap.length,
        ...totals,
        mainJs: mainScript(buildDir),
        htmlByKind: summarizeByKind(pages),
        largestPages: largestPages(pages, 5),
        tagPages: {
          count: tagPages.length,
          largest: tagPages.slice(0, 5).map(({path, bytes}) => ({path, bytes})),
        },
      },
      pageWeight,
      search,
    };
    const report = BenchReport.parse({
      ...partial,
      scaleBudget: {
        scriptGzipKiB: budgets.scale.scriptGzipKiB,
        peakRssMiB: budgets.scale.peakRssMiB,
        tagPageHtmlKiB: budgets.scale.tagPageHtmlKiB,
        problems: scaleBudgetProblems(
          {
            pages: pageWeight,
            peakRssMiB: cost.peakRssMiB,
            tagPages,
          },
          budgets.scale,
        ),
      },
      findings: findings(partial, {
        homeScriptGzipKiB: budgets.pages.find((page) => page.path === '/')
          ?.scriptGzipKiB,
        htmlMaxKiB: (path) => htmlRuleFor(path, budgets).maxKiB,
      }),
    });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    if (options.keep) {
      process.stdout.write(`Kept the copy: ${copy.dir}\n`);
    } else {
      copy.remove();
    }
  }
}

if (require.main === module) {
  const options = parseOptions(process.argv.slice(2));
  runBench(options)
    .then((report) => {
      process.stdout.write(
        `\n${formatReport(report)}\n\nReport: ${options.out}\n`,
      );
      if (options.check && report.scaleBudget.problems.length > 0) {
        process.exitCode = 1;
      }
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
