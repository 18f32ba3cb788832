/**
 * The bench report: its shape (a zod schema, checked before the report is
 * written and by the test that runs `npm run bench -- --quick`), the findings
 * drawn from the figures, and the table printed in the terminal.
 */
import {z} from 'zod';

import {kib} from '../lib/budgets';
import {SEARCH_NOT_INSTALLED} from './search';
import {formatTable} from './table';

const bytes = z.number().int().nonnegative();
const seconds = z.number().nonnegative();

const Asset = z.strictObject({
  path: z.string().startsWith('/'),
  bytes,
  gzipBytes: bytes,
});

const Machine = z.strictObject({
  cpuModel: z.string(),
  cpuCount: z.number().int().positive(),
  memoryGiB: z.number().positive(),
  loadAverage: z.tuple([z.number(), z.number(), z.number()]),
  os: z.string(),
  node: z.string(),
});

export const BenchReport = z.strictObject({
  date: z.iso.datetime(),
  machine: z.strictObject({before: Machine, after: Machine}),
  options: z.strictObject({
    kbAnswers: z.number().int().nonnegative(),
    docsPages: z.number().int().nonnegative(),
    versions: z.number().int().positive(),
    blogPosts: z.number().int().nonnegative(),
    quick: z.boolean(),
  }),
  corpus: z.strictObject({
    kbAnswers: z.number().int().nonnegative(),
    docsPages: z.number().int().nonnegative(),
    blogPosts: z.number().int().nonnegative(),
    docsVersions: z.array(z.string()),
    generateSeconds: seconds,
  }),
  build: z.strictObject({
    command: z.string(),
    accounting: z.enum(['/usr/bin/time -v', 'node process.resourceUsage()']),
    wallSeconds: seconds,
    userSeconds: seconds,
    systemSeconds: seconds,
    cpuSeconds: seconds,
    peakRssMiB: z.number().positive(),
    phases: z.array(z.strictObject({name: z.string(), seconds})),
    plugins: z.array(z.strictObject({name: z.string(), seconds})),
    log: z.string(),
  }),
  output: z.strictObject({
    pagesBuilt: z.number().int().positive(),
    sitemapPages: z.number().int().nonnegative(),
    files: z.number().int().positive(),
    bytes,
    htmlBytes: bytes,
    jsBytes: bytes,
    cssBytes: bytes,
    mainJs: Asset,
    htmlByKind: z.array(
      z.strictObject({
        kind: z.string(),
        pages: z.number().int().positive(),
        medianBytes: bytes,
        maxBytes: bytes,
        largest: z.string(),
      }),
    ),
    largestPages: z.array(z.strictObject({path: z.string(), bytes})),
    /** Pages under a tags path (/blog/tags/…, /docs/tags/…): count and the largest. */
    tagPages: z.strictObject({
      count: z.number().int().nonnegative(),
      largest: z.array(z.strictObject({path: z.string(), bytes})),
    }),
  }),
  pageWeight: z.array(
    z.strictObject({
      label: z.string(),
      path: z.string().startsWith('/'),
      htmlBytes: bytes,
      sidebarBytes: bytes,
      scriptGzipBytes: bytes,
      stylesheetGzipBytes: bytes,
      prefetchedGzipBytes: bytes,
      scripts: z.array(Asset).min(1),
      stylesheets: z.array(Asset),
      prefetched: z.array(Asset),
      renderBlocking: z.array(z.string()),
    }),
  ),
  search: z.discriminatedUnion('measured', [
    z.strictObject({measured: z.literal(false), reason: z.string()}),
    z.strictObject({
      measured: z.literal(true),
      query: z.string(),
      results: z.number().int().nonnegative(),
      resultsLoaded: z.number().int().nonnegative(),
      requests: z.number().int().positive(),
      transferBytes: bytes,
    }),
  ]),
  findings: z.array(z.string()),
  /** budgets.json's `scale` budget and what this run broke of it. */
  scaleBudget: z.strictObject({
    scriptGzipKiB: z.number().positive(),
    peakRssMiB: z.number().positive(),
    tagPageHtmlKiB: z.number().positive(),
    problems: z.array(z.string()),
  }),
});
export type BenchReport = z.infer<typeof BenchReport>;

export const mib = (value: number): string =>
  `${(value / 1024 / 1024).toFixed(1)} MiB`;

const share = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)} %` : '-';

/**
 * What the figures say, in sentences: where the build time went, and the
 * pages or files over the site's budgets at this scale.
 */
export function findings(
  report: Omit<BenchReport, 'findings' | 'scaleBudget'>,
  limits: {
    readonly homeScriptGzipKiB: number | undefined;
    readonly htmlMaxKiB: (path: string) => number;
  },
): string[] {
  const notes: string[] = [];
  const {build, output} = report;
  const slowest = [...build.phases].sort((a, b) => b.seconds - a.seconds);
  if (slowest.length > 0) {
    notes.push(
      `Build time went to ${slowest
        .slice(0, 3)
        .map(
          (phase) =>
            `${phase.name} ${phase.seconds.toFixed(1)} s (${share(phase.seconds, build.wallSeconds)})`,
        )
        .join(', ')} of ${build.wallSeconds.toFixed(1)} s.`,
    );
  }
  const [load] = report.machine.before.loadAverage;
  const [loadAfter] = report.machine.after.loadAverage;
  notes.push(
    `The machine (${report.machine.before.cpuCount} cores) had a load average of ${load} at the start and ${loadAfter} at the end: wall time stretches with the load, CPU time (${build.cpuSeconds.toFixed(1)} s) much less.`,
  );
  for (const page of report.pageWeight) {
    if (page.sidebarBytes > page.htmlBytes / 2) {
      notes.push(
        `The sidebar is ${kib(page.sidebarBytes)} of the ${kib(page.htmlBytes)} of HTML of the ${page.label} (${page.path}).`,
      );
    }
  }
  const home = report.pageWeight.find((page) => page.path === '/');
  if (home && limits.homeScriptGzipKiB !== undefined) {
    const over = home.scriptGzipBytes > limits.homeScriptGzipKiB * 1024;
    notes.push(
      `The home page loads ${kib(home.scriptGzipBytes)} of gzip-compressed JavaScript (${over ? 'over' : 'within'} the ${limits.homeScriptGzipKiB} KiB budget); main.js, with the top-level routes and the loaders of the route parts, is ${kib(output.mainJs.gzipBytes)} of it.`,
    );
  }
  for (const kind of output.htmlByKind) {
    const limit = limits.htmlMaxKiB(kind.largest);
    if (kind.maxBytes > limit * 1024) {
      notes.push(
        `${kind.kind} pages: median ${kib(kind.medianBytes)}, largest ${kib(kind.maxBytes)} of HTML (${kind.largest}), over the ${limit} KiB budget.`,
      );
    }
  }
  if (!report.search.measured) {
    notes.push(`Search: ${report.search.reason}.`);
  }
  return notes;
}

const seconds1 = (value: number) => `${value.toFixed(1)} s`;

/** The terminal summary: one table of figures, the phases, the findings. */
export function formatReport(report: BenchReport): string {
  const {build, output, corpus} = report;
  const rows: [string, string][] = [
    [
      'corpus',
      `${corpus.kbAnswers} kb answers, ${corpus.docsPages} docs pages (${corpus.docsVersions.join(', ')}), ${corpus.blogPosts} blog posts`,
    ],
    ['build wall time', seconds1(build.wallSeconds)],
    [
      'build CPU time',
      `${seconds1(build.cpuSeconds)} (user ${seconds1(build.userSeconds)}, system ${seconds1(build.systemSeconds)})`,
    ],
    ['peak RSS', `${build.peakRssMiB.toFixed(0)} MiB (${build.accounting})`],
    [
      'pages built',
      `${output.pagesBuilt} HTML files (${output.sitemapPages} in the sitemap)`,
    ],
    [
      'build output',
      `${mib(output.bytes)} in ${output.files} files (HTML ${mib(output.htmlBytes)}, JS ${mib(output.jsBytes)}, CSS ${mib(output.cssBytes)})`,
    ],
    [
      'main.js',
      `${kib(output.mainJs.bytes)}, ${kib(output.mainJs.gzipBytes)} gzip`,
    ],
    ...report.pageWeight.map((page): [string, string] => [
      `${page.label} (${page.path})`,
      `JS ${kib(page.scriptGzipBytes)} gzip in ${page.scripts.length} files, CSS ${kib(page.stylesheetGzipBytes)} gzip, prefetched ${kib(page.prefetchedGzipBytes)}`,
    ]),
    [
      'search, first query',
      report.search.measured
        ? `${kib(report.search.transferBytes)} in ${report.search.requests} requests ("${report.search.query}", ${report.search.resultsLoaded} results shown of ${report.search.results})`
        : SEARCH_NOT_INSTALLED === report.search.reason
          ? report.search.reason
          : `not measured: ${report.search.reason}`,
    ],
  ];
  const kinds = output.htmlByKind.map((kind) => [
    kind.kind,
    String(kind.pages),
    kib(kind.medianBytes),
    kib(kind.maxBytes),
    kind.largest,
  ]);
  return [
    formatTable(['measure', 'value'], rows),
    '',
    formatTable(
      ['build phase', 'seconds'],
      build.phases.map((phase) => [phase.name, phase.seconds.toFixed(2)]),
    ),
    '',
    formatTable(
      ['HTML by page kind', 'pages', 'median', 'largest', 'largest page'],
      kinds,
    ),
    '',
    ...report.findings.map((finding) => `- ${finding}`),
    '',
    report.scaleBudget.problems.length === 0
      ? `Within the scale budget of budgets.json (JavaScript ${report.scaleBudget.scriptGzipKiB} KiB per page, memory ${report.scaleBudget.peakRssMiB} MiB, tag pages ${report.scaleBudget.tagPageHtmlKiB} KiB).`
      : `Over the scale budget of budgets.json:\n${report.scaleBudget.problems.map((problem) => `  - ${problem}`).join('\n')}`,
  ].join('\n');
}
