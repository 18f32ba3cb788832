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
    },
    lostPoints,
    benchmarkIndex: result.environment?.benchmarkIndex ?? null,
    meetsTargets: CATEGORIES.every(
      (category) => (scores[category] ?? 0) >= TARGETS[category],
    ),
  };
}

/** A fixed-width table: one row per page, one column per category. */
export function formatScoresTable(pages: readonly PageScores[]): string {
  const header = [
    'page',
    'path',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP ms',
    'TBT ms',
    'KiB',
    'targets',
  ];
  const rows = pages.map((page) => [
    page.label,
    page.path,
    ...CATEGORIES.map((category) => String(page.scores[category] ?? '-')),
    String(Math.round(page.metrics.largestContentfulPaintMs ?? NaN)),
    String(Math.round(page.metrics.totalBlockingTimeMs ?? NaN)),
    String(page.metrics.totalByteWeightKiB ?? '-'),
    page.meetsTargets ? 'met' : 'MISSED',
  ]);
  return formatTable(header, rows);
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
