/**
 * Shapes a Lighthouse result into the few numbers scripts/bench/README.md and the bench
 * report carry: the four category scores, the Core Web Vitals behind the
 * performance score, and the audits that cost points (so a drop says why).
 */

import {formatTable} from './table';

export const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The targets of issue 8: 100 everywhere but performance, which needs 95. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** The part of a Lighthouse result (LH.Result) read here. */
export interface LighthouseResultLike {
  /** Lighthouse's own measure of the host's speed; it drops on a busy machine. */
  readonly environment?: {readonly benchmarkIndex?: number};
  readonly categories: Partial<
    Record<
      string,
      {
        readonly score: number | null;
        readonly auditRefs: readonly {
          readonly id: string;
          readonly weight: number;
        }[];
      }
    >
  >;
  readonly audits: Record<
    string,
    {
      readonly title: string;
      readonly score: number | null;
      readonly scoreDisplayMode?: string;
      readonly numericValue?: number;
      readonly displayValue?: string;
      readonly details?: {
        readonly items?: readonly {
          readonly resourceType?: string;
          readonly transferSize?: number;
        }[];
      };
    }
  >;
}

export interface PageScores {
  readonly label: string;
  readonly path: string;
  readonly scores: Record<Category, number | null>;
  readonly metrics: {
    readonly firstContentfulPaintMs: number | null;
    readonly largestContentfulPaintMs: number | null;
    readonly totalBlockingTimeMs: number | null;
    readonly cumulativeLayoutShift: number | null;
    readonly totalByteWeightKiB: number | null;
    /** JavaScript as transferred (gzip-compressed), from the resource summary. */
    readonly scriptKiB: number | null;
  };
  /** Scored audits that did not pass, per category: "id: title (value)". */
  readonly lostPoints: Partial<Record<Category, string[]>>;
  readonly meetsTargets: boolean;
  readonly benchmarkIndex: number | null;
}

const numeric = (result: LighthouseResultLike, id: string): number | null =>
  result.audits[id]?.numericValue ?? null;

export function summarizeLighthouse(
  label: string,
  path: string,
  result: LighthouseResultLike,
): PageScores {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = result.categories[category]?.score;
      return [category, score == null ? null : Math.round(score * 100)];
    }),
  ) as Record<Category, number | null>;

  const lostPoints: Partial<Record<Category, string[]>> = {};
  for (const category of CATEGORIES) {
    const failing = (result.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({id: ref.id, audit: result.audits[ref.id]}))
      .filter(
        ({audit}) =>
          audit !== undefined &&
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map(
        ({id, audit}) =>
          `${id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`,
      );
    if (failing.length > 0) {
      lostPoints[category] = failing;
    }
  }

  const byteWeight = numeric(result, 'total-byte-weight');
  const scriptBytes = result.audits['resource-summary']?.details?.items?.find(
    (item) => item.resourceType === 'script',
  )?.transferSize;
  return {
    label,
    path,
    scores,
    metrics: {
      firstContentfulPaintMs: numeric(result, 'first-contentful-paint'),
      largestContentfulPaintMs: numeric(result, 'largest-contentful-paint'),
      totalBlockingTimeMs: numeric(result, 'total-blocking-time'),
      cumulativeLayoutShift: numeric(result, 'cumulative-layout-shift'),
      totalByteWeightKiB:
        byteWeight === null ? null : Math.round((byteWeight / 1024) * 10) / 10,
      scriptKiB:
        scriptBytes === undefined
          ? null
          : Math.round((scriptBytes / 1024) * 10) / 10,
    },
    lostPoints,
    benchmarkIndex: result.environment?.benchmarkIndex ?? null,
    meetsTargets: CATEGORIES.every(
      (category) => (scores[category] ?? 0) >= TARGETS[category],
    ),
  };
}

/**
 * The run with the median performance score (the lower middle one for an
 * even count), so one slow or lucky run does not decide the figure.
 */
export function medianRun(runs: readonly PageScores[]): PageScores {
  if (runs.length === 0) {
    throw new Error('medianRun needs at least one run.');
  }
  const sorted = [...runs].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One audited page of the side-by-side run, with the stock page it is compared with. */
export interface ComparedPage {
  readonly site: 'Baseplate' | 'stock classic';
  readonly median: PageScores;
  readonly performanceRuns: readonly (number | null)[];
  /** The label of the stock page of the same kind; none for stock pages. */
  readonly comparedWith?: string;
}

const ratio = (value: number | null, reference: number | null): string =>
  value === null || reference === null || reference === 0
    ? '-'
    : `${(value / reference).toFixed(2)}x`;

/**
 * The side-by-side table: each page's median figures and, for Baseplate's
 * pages, how they compare with the stock page of their kind in the same run
 * (performance in points, blocking time and JavaScript as ratios), so the
 * figures hold however busy the machine was.
 */
export function formatComparisonTable(pages: readonly ComparedPage[]): string {
  const byLabel = new Map(pages.map((page) => [page.median.label, page]));
  const header = [
    'site',
    'page',
    'path',
    'perf',
    'runs',
    'TBT ms',
    'JS KiB',
    'perf vs stock',
    'TBT vs stock',
    'JS vs stock',
  ];
  const rows = pages.map(({site, median, performanceRuns, comparedWith}) => {
    const stock = comparedWith ? byLabel.get(comparedWith)?.median : undefined;
    const perf = median.scores.performance;
    const stockPerf = stock?.scores.performance ?? null;
    return [
      site,
      median.label,
      median.path,
      String(perf ?? '-'),
      performanceRuns.map((run) => run ?? '-').join('/'),
      String(Math.round(median.metrics.totalBlockingTimeMs ?? NaN)),
      String(median.metrics.scriptKiB ?? '-'),
      stock && perf !== null && stockPerf !== null
        ? `${perf - stockPerf >= 0 ? '+' : ''}${perf - stockPerf}`
        : '-',
      stock
        ? ratio(
            median.metrics.totalBlockingTimeMs,
            stock.metrics.totalBlockingTimeMs,
          )
        : '-',
      stock ? ratio(median.metrics.scriptKiB, stock.metrics.scriptKiB) : '-',
    ];
  });
  return formatTable(header, rows);
}
