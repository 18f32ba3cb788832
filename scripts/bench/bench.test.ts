/**
 * Runs `npm run bench -- --quick` for real (a small corpus, a real build, a
 * real browser) and checks the report it writes: its shape, and that its
 * figures agree with the corpus it was asked for.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {SITE_DIR} from '../../tests/site-copy';
import {QUICK} from './options';
import {BenchReport} from './report';
import {SEARCH_NOT_INSTALLED} from './search';

const QUICK_BENCH_LIMIT_MS = 180_000;

let dir: string;
let run: {status: number | null; stdout: string; stderr: string; ms: number};
let report: BenchReport;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const started = Date.now();
  const result = spawnSync(
    join(SITE_DIR, 'node_modules', '.bin', 'tsx'),
    ['scripts/bench/index.ts', '--quick', '--out', join(dir, 'report.json')],
    {cwd: SITE_DIR, encoding: 'utf8', timeout: 300_000},
  );
  run = {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: Date.now() - started,
  };
  if (run.status === 0) {
    report = BenchReport.parse(
      JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')),
    );
  }
}, 300_000);

afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('npm run bench -- --quick', () => {
  it('succeeds within CI time', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.ms).toBeLessThan(QUICK_BENCH_LIMIT_MS);
  });

  it('writes a report of the documented shape, for the quick corpus', () => {
    expect(report.options).toEqual({...QUICK, quick: true});
    expect(report.corpus).toMatchObject({
      kbAnswers: QUICK.kbAnswers,
      docsPages: QUICK.docsPages * QUICK.versions,
      blogPosts: QUICK.blogPosts,
    });
    expect(report.corpus.docsVersions).toHaveLength(QUICK.versions);
  });

  it('measures the build', () => {
    const {build} = report;
    expect(build.wallSeconds).toBeGreaterThan(1);
    expect(build.cpuSeconds).toBeCloseTo(
      build.userSeconds + build.systemSeconds,
      1,
    );
    expect(build.peakRssMiB).toBeGreaterThan(100);
    expect(build.phases.map((phase) => phase.name)).toEqual(
      expect.arrayContaining(['Load site', 'Bundling with rspack', 'SSG']),
    );
    expect(build.plugins.map((plugin) => plugin.name)).toEqual(
      expect.arrayContaining(['docs@default', 'docs@kb', 'blog@default']),
    );
  });

  it('counts at least every generated page in the output', () => {
    const {output, corpus} = report;
    expect(output.pagesBuilt).toBeGreaterThanOrEqual(
      corpus.kbAnswers + corpus.docsPages + corpus.blogPosts,
    );
    expect(output.bytes).toBeGreaterThan(
      output.htmlBytes + output.jsBytes + output.cssBytes - 1,
    );
    expect(output.mainJs.path).toMatch(/^\/assets\/js\/main\.[0-9a-f]+\.js$/);
    expect(output.mainJs.gzipBytes).toBeLessThan(output.mainJs.bytes);
    expect(output.htmlByKind.map((kind) => kind.kind)).toEqual(
      expect.arrayContaining([
        'knowledge-base answer',
        'doc page',
        'blog post',
      ]),
    );
  });

  it('weighs the home page, a doc page, a kb answer and the list pages as a browser loads them', () => {
    expect(report.pageWeight.map((page) => page.label)).toEqual([
      'home page',
      'doc page',
      'knowledge-base answer',
      'knowledge-base landing',
      'blog',
    ]);
    for (const page of report.pageWeight) {
      expect(page.scripts.map((asset) => asset.path)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/main\.[0-9a-f]+\.js$/),
        ]),
      );
      expect(page.scriptGzipBytes).toBe(
        page.scripts.reduce((total, asset) => total + asset.gzipBytes, 0),
      );
      expect(page.stylesheets.length).toBeGreaterThan(0);
    }
    expect(report.pageWeight[1]!.path).toMatch(/^\/docs\/[^/]+\/[^/]+\/$/);
    const [home, doc, answer] = report.pageWeight;
    expect(report.pageWeight.slice(3).map((page) => page.path)).toEqual([
      '/kb/',
      '/blog/',
    ]);
    expect(home!.sidebarBytes).toBe(0);
    for (const page of [doc!, answer!]) {
      expect(page.sidebarBytes).toBeGreaterThan(0);
      expect(page.sidebarBytes).toBeLessThan(page.htmlBytes);
    }
  });

  it('reports the first search, or that search is not installed', () => {
    if (report.search.measured) {
      expect(report.search.transferBytes).toBeGreaterThan(0);
      expect(report.search.resultsLoaded).toBeGreaterThan(0);
    } else {
      expect(report.search.reason).toBe(SEARCH_NOT_INSTALLED);
    }
  });

  // The scale budget is set for the full corpus; the quick one, a twentieth
  // of its size, must keep it too.
  it('checks the run against the scale budget of budgets.json', () => {
    expect(report.scaleBudget.problems).toEqual([]);
    expect(report.output.tagPages.count).toBeGreaterThan(0);
    expect(run.stdout).toContain('Within the scale budget of budgets.json');
  });

  it('prints the table and the findings', () => {
    expect(run.stdout).toMatch(/build wall time\s+\d+\.\d s/);
    expect(run.stdout).toMatch(/peak RSS\s+\d+ MiB/);
    for (const finding of report.findings) {
      expect(run.stdout).toContain(`- ${finding}`);
    }
    expect(report.findings[0]).toMatch(/^Build time went to /);
  });
});
