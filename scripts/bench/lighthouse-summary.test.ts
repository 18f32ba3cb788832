import {describe, expect, it} from 'vitest';

import {
  formatScoresTable,
  medianRun,
  summarizeLighthouse,
  type LighthouseResultLike,
} from './lighthouse-summary';

function result(performance: number, tbtScore: number): LighthouseResultLike {
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
        numericValue: 350.4,
        displayValue: '350 ms',
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

  it('prints one row per page', () => {
    const table = formatScoresTable([
      summarizeLighthouse('home page', '/', result(0.92, 0.6)),
    ]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toMatch(
      /home page\s+\/\s+92\s+100\s+100\s+100\s+1004\s+350\s+184\.8\s+MISSED/,
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
