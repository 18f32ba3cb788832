/**
 * The one accessibility check of the suite: WCAG 2.2 AA as axe sees the page
 * now. Each violation reads as "rule: help (selectors)", so a failure names
 * what to fix and where.
 *
 * axe reports only violations (`resultTypes`): it still runs every rule on
 * every node, but stops collecting and serialising the thousands of passing
 * nodes, which took most of its time on the longer pages.
 *
 * axe runs in the page itself (`setLegacyMode`): the default opens a second,
 * blank page to merge the results of cross-origin frames, and injects axe
 * into it again, which took 40 % of each check here (measured on /search,
 * /docs and /teams: 2.9–4.6 s against 1.6–2.0 s for two checks). The site
 * has no cross-origin frames: the sweep fails any request to another host.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

export const WCAG_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page})
    .setLegacyMode(true)
    // options() replaces every option, the tags included: it comes first.
    .options({resultTypes: ['violations']})
    .withTags(WCAG_TAGS)
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')})`,
  );
}
