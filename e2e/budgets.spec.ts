/**
 * Performance budgets (budgets.json) on the production build: the JavaScript
 * a budgeted page loads, what blocks its rendering, and the HTML of every
 * page. A failure names the page and both numbers; scripts/bench/README.md ("Performance budgets")
 * says how to change a budget on purpose.
 */
import {expect, test} from '@playwright/test';

import {readBuildOutput} from '../scripts/lib/build-output';
import {
  blockingViolations,
  htmlViolations,
  kib,
  loadBudgets,
  scriptViolation,
} from '../scripts/lib/budgets';
import {measurePageWeight} from '../scripts/lib/page-weight';
import {BUILD_DIR} from '../scripts/lib/sitemap';

const budgets = loadBudgets();

for (const budget of budgets.pages) {
  test(`${budget.path} keeps its JavaScript budget (${budget.scriptGzipKiB} KiB gzip)`, async ({
    page,
    baseURL,
  }) => {
    const weight = await measurePageWeight(
      page,
      new URL(budget.path, baseURL).href,
      BUILD_DIR,
    );
    test.info().annotations.push({
      type: 'measured',
      description: `${kib(weight.scriptGzipBytes)} of JavaScript in ${weight.scripts.length} files`,
    });
    expect(weight.scripts.length, 'scripts requested').toBeGreaterThan(0);
    expect(scriptViolation(weight, budget)).toBeUndefined();
    if (budget.onlyStylesheetsBlockRendering) {
      expect(blockingViolations(weight)).toEqual([]);
    }
  });
}

test('every page keeps its HTML budget', () => {
  const {pages} = readBuildOutput(BUILD_DIR);
  expect(pages.length, 'HTML pages in the build').toBeGreaterThan(0);
  expect(htmlViolations(pages, budgets)).toEqual([]);
});
