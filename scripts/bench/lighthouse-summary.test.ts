import {describe, expect, it} from 'vitest';

import {
  formatComparisonTable,
  medianRun,
  summarizeLighthouse,
  type LighthouseResultLike,
} from './lighthouse-summary';

function result(
  performance: number,
  tbtScore: number,
  {tbtMs = 350.4, scriptBytes = 145_510} = {},
): LighthouseResultLike {
  const category = (score: number, ids: string[]) => ({
    score,
    auditRefs: ids.map((id) => ({id, weight: 10})),
  });
  return {
    environment: {benchmarkIndex: 2562},
    categories: {
      performance: category(performance, [
        'total-blocking-time',
        'first-contentful-paint',
      ]),
      accessibility: category(1, ['color-contrast']),
      'best-practices': category(1, []),
      seo: category(1, ['document-title']),
    },
    audits: {
      'total-blocking-time': {
        title: 'Total Blocking Time',
        score: tbtScore,
        numericValue: tbtMs,
        displayValue: `${Math.round(tbtMs)} ms`,
      },
      'first-contentful-paint': {
        title: 'First Contentful Paint',
        score: 1,
        numericValue: 900,
      },
      'largest-contentful-paint': {
        title: 'Largest Contentful Paint',
        score: 1,
        numericValue: 1004,
      },
      'cumulative-layout-shift': {
        title: 'Cumulative Layout Shift',
        score: 1,
        numericValue: 0,
      },
      'total-byte-weight': {
        title: 'Total byte weight',
        score: 1,
        numericValue: 189_235,
      },
      'resource-summary': {
        title: 'Keep request counts low and transfer sizes small',
        score: null,
        scoreDisplayMode: 'informative',
        details: {
          items: [
            {resourceType: 'total', transferSize: 189_235},
            {resourceType: 'script', transferSize: scriptBytes},
          ],
        },
      },
      'color-contrast': {title: 'Contrast', score: 1},
      'document-title': {title: 'Title', score: 1},
    },
  };
}

describe('summarizeLighthouse', () => {
  it('reports scores out of 100, the metrics and the audits that cost points', () => {
    const summary = summarizeLighthouse('home page', '/', result(0.92, 0.6));
    expect(summary.scores).toEqual({
      performance: 92,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
    expect(summary.metrics).toMatchObject({
      largestContentfulPaintMs: 1004,
      totalBlockingTimeMs: 350.4,
      totalByteWeightKiB: 184.8,
      scriptKiB: 142.1,
    });
    expect(summary.lostPoints).toEqual({
      performance: ['total-blocking-time: Total Blocking Time (350 ms)'],
    });
    expect(summary.meetsTargets).toBe(false);
    expect(summary.benchmarkIndex).toBe(2562);
  });

  it('meets the targets at 95 for performance and 100 for the rest', () => {
    expect(
      summarizeLighthouse('home page', '/', result(0.95, 1)).meetsTargets,
    ).toBe(true);
  });
});

describe('formatComparisonTable', () => {
  it('compares each page with the stock page of its kind in the same run', () => {
    const table = formatComparisonTable([
      {
        site: 'stock classic',
        median: summarizeLighthouse(
          'stock doc page',
          '/docs/intro/',
          result(0.76, 0.5, {tbtMs: 900, scriptBytes: 180_224}),
        ),
        performanceRuns: [74, 76, 77],
      },
      {
        site: 'Baseplate',
        median: summarizeLighthouse(
          'doc page',
          '/docs/standards/ingress/',
          result(0.8, 0.6, {tbtMs: 450, scriptBytes: 171_213}),
        ),
        performanceRuns: [80, 79, 82],
        comparedWith: 'stock doc page',
      },
    ]);
    const [, , stock, ours] = table.split('\n');
    expect(stock).toMatch(
      /^stock classic\s+stock doc page\s+\/docs\/intro\/\s+76\s+74\/76\/77\s+900\s+176\s+-\s+-\s+-$/,
    );
    expect(ours).toMatch(
      /^Baseplate\s+doc page\s+\/docs\/standards\/ingress\/\s+80\s+80\/79\/82\s+450\s+167\.2\s+\+4\s+0\.50x\s+0\.95x$/,
    );
  });
});

describe('medianRun', () => {
  it('keeps the run with the median performance score', () => {
    const runs = [0.95, 0.92, 0.97].map((score) =>
      summarizeLighthouse('home page', '/', result(score, 1)),
    );
    expect(medianRun(runs)).toBe(runs[0]);
    expect(medianRun(runs.slice(0, 2))).toBe(runs[1]);
    expect(() => medianRun([])).toThrow('medianRun needs at least one run.');
  });
});
