import {describe, expect, it} from 'vitest';

import {
  blockingViolations,
  htmlRuleFor,
  htmlViolations,
  loadBudgets,
  parseBudgets,
  scaleBudgetProblems,
  scriptViolation,
} from './budgets';
import type {PageWeight} from './page-weight';

const budgets = parseBudgets(
  JSON.stringify({
    pages: [
      {path: '/', scriptGzipKiB: 170, onlyStylesheetsBlockRendering: true},
    ],
    scale: {scriptGzipKiB: 250, peakRssMiB: 4096, tagPageHtmlKiB: 64},
    html: [
      {prefix: '/', maxKiB: 100},
      {prefix: '/kb/', maxKiB: 64},
    ],
  }),
);

const weight = (
  scriptKiB: number,
  renderBlocking: string[] = [],
): PageWeight => ({
  path: '/',
  scripts: [
    {path: '/assets/js/main.1.js', bytes: 1, gzipBytes: (scriptKiB - 2) * 1024},
    {path: '/assets/js/runtime~main.1.js', bytes: 1, gzipBytes: 2 * 1024},
  ],
  stylesheets: [],
  prefetched: [],
  scriptGzipBytes: scriptKiB * 1024,
  stylesheetGzipBytes: 0,
  prefetchedGzipBytes: 0,
  renderBlocking,
});

describe('the committed budgets.json', () => {
  it('is valid and budgets the home page at 170 KiB at most', () => {
    const committed = loadBudgets();
    const home = committed.pages.find((page) => page.path === '/');
    expect(home?.scriptGzipKiB).toBeLessThanOrEqual(170);
    expect(home?.onlyStylesheetsBlockRendering).toBe(true);
  });

  it('holds the bench at scale to 250 KiB of JavaScript, 4 GiB of memory and 64 KiB tag pages', () => {
    expect(loadBudgets().scale).toMatchObject({
      scriptGzipKiB: 250,
      peakRssMiB: 4096,
      tagPageHtmlKiB: 64,
    });
  });
});

describe('scale budget', () => {
  const within = {
    pages: [
      {path: '/', scriptGzipBytes: 250 * 1024},
      {path: '/kb/', scriptGzipBytes: 120 * 1024},
    ],
    peakRssMiB: 4096,
    tagPages: [{path: '/blog/tags/events/', bytes: 64 * 1024}],
  };

  it('passes a run at its limits', () => {
    expect(scaleBudgetProblems(within, budgets.scale)).toEqual([]);
  });

  it('names each page, figure and tag page over it, with both numbers', () => {
    expect(
      scaleBudgetProblems(
        {
          pages: [
            {path: '/', scriptGzipBytes: 401 * 1024},
            {path: '/kb/', scriptGzipBytes: 120 * 1024},
          ],
          peakRssMiB: 5371.6,
          tagPages: [
            {path: '/blog/tags/events/', bytes: 76 * 1024},
            {path: '/docs/tags/dns/', bytes: 20 * 1024},
          ],
        },
        budgets.scale,
      ),
    ).toEqual([
      '/: loads 401.0 KiB of gzip-compressed JavaScript, over the 250 KiB of scale.scriptGzipKiB in budgets.json',
      'the build peaked at 5372 MiB of memory, over the 4096 MiB of scale.peakRssMiB in budgets.json',
      '/blog/tags/events/: 76.0 KiB of HTML, over the 64 KiB for tag pages of scale.tagPageHtmlKiB in budgets.json',
    ]);
  });
});

describe('parseBudgets', () => {
  it('names the file and the field that is wrong', () => {
    expect(() =>
      parseBudgets(
        JSON.stringify({
          pages: [{path: '/', scriptGzipKiB: -1}],
          html: [{prefix: '/', maxKiB: 1}],
        }),
        'budgets.json',
      ),
    ).toThrow(
      /budgets\.json does not match the budget format:\n {2}pages\.0\.scriptGzipKiB/,
    );
  });

  it('requires a default HTML rule for every page', () => {
    expect(() =>
      parseBudgets(
        JSON.stringify({pages: [], html: [{prefix: '/kb/', maxKiB: 1}]}),
      ),
    ).toThrow(/one rule must have the prefix "\/"/);
  });

  it('refuses broken JSON, naming the file', () => {
    expect(() => parseBudgets('{', 'budgets.json')).toThrow(
      'budgets.json is not valid JSON',
    );
  });
});

describe('HTML budgets', () => {
  it('applies the longest matching prefix', () => {
    expect(htmlRuleFor('/kb/gitops/sync', budgets).maxKiB).toBe(64);
    expect(htmlRuleFor('/kb', budgets).maxKiB).toBe(100);
    expect(htmlRuleFor('/docs', budgets).maxKiB).toBe(100);
  });

  it('names each page over budget with both numbers', () => {
    expect(
      htmlViolations(
        [
          {path: '/kb/gitops/sync', bytes: 610 * 1024},
          {path: '/kb/gitops/ok', bytes: 64 * 1024},
          {path: '/docs', bytes: 47 * 1024},
        ],
        budgets,
      ),
    ).toEqual([
      '/kb/gitops/sync: 610.0 KiB of HTML, over the 64 KiB budget for pages under "/kb/" in budgets.json',
    ]);
  });
});

describe('script budgets', () => {
  it('passes a page within its budget', () => {
    expect(scriptViolation(weight(170), budgets.pages[0]!)).toBeUndefined();
  });

  it('names the page, both numbers and the largest files', () => {
    expect(scriptViolation(weight(337), budgets.pages[0]!)).toBe(
      '/: loads 337.0 KiB of gzip-compressed JavaScript in 2 files, over its 170 KiB budget in budgets.json (largest: /assets/js/main.1.js 335.0 KiB, /assets/js/runtime~main.1.js 2.0 KiB)',
    );
  });

  it('lets only stylesheets block rendering', () => {
    expect(blockingViolations(weight(1, ['/assets/css/styles.1.css']))).toEqual(
      [],
    );
    expect(
      blockingViolations(
        weight(1, ['/assets/css/styles.1.css', '/assets/js/analytics.js']),
      ),
    ).toEqual([
      '/: /assets/js/analytics.js blocks rendering; only the stylesheet may (load scripts with defer or async)',
    ]);
  });
});
