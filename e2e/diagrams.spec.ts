/**
 * Diagrams are drawn when the site is built (src/plugins/diagrams): a reader
 * sees each one in their colour mode, by its accessible name, without loading
 * a diagram library or the drawing in a script (each drawing is an image of
 * its own file), and a link to a heading below one lands on it.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';

import {kib} from '../scripts/lib/budgets';
import {measurePageWeight} from '../scripts/lib/page-weight';
import {BUILD_DIR} from '../scripts/lib/sitemap';
import {archetypes} from '../src/lib/archetype';
import {hydrated} from './hydrated';
import {expectSameDocument, markDocument} from './same-document';

const DIAGRAM_PAGE = '/docs/standards/certificates/';
// The latest release's page (versioned_docs/version-2026.1).
const TITLE = 'How an Ingress gets its certificate';
// A handbook page of the same kind without a diagram.
const PLAIN_PAGE = '/docs/standards/storage/';

/**
 * The diagram's image shows in the page's colour mode, named and described,
 * and draws the file of that mode.
 */
async function expectDrawing(page: Page, mode: 'light' | 'dark') {
  // The drawing of the other mode is not displayed, so one image has the name.
  const drawing = page.getByRole('img', {name: TITLE});
  await expect(drawing).toHaveCount(1);
  await drawing.scrollIntoViewIfNeeded();
  await expect(drawing).toBeVisible();
  await expect(drawing).toHaveClass(
    mode === 'light' ? /\bdiagramLight\b/ : /\bdiagramDark\b/,
  );
  await expect(drawing).toHaveAccessibleDescription(
    /^An Ingress with the cert-manager cluster-issuer annotation/,
  );
  await expect
    .poll(() =>
      drawing.evaluate((image: HTMLImageElement) => image.naturalWidth),
    )
    .toBeGreaterThan(0);
  const source = await drawing.evaluate(
    (image: HTMLImageElement) => image.currentSrc,
  );
  expect(new URL(source).pathname).toMatch(/^\/assets\/diagrams\/\w+\.svg$/);
  const response = await page.request.get(source);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await response.text()).toMatch(
    new RegExp(`^<svg\\b[^>]*\\sdata-mode="${mode}"`),
  );
}

for (const mode of ['light', 'dark'] as const) {
  test(`a diagram shows in ${mode} mode, named and described`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme: mode});
    await page.goto(DIAGRAM_PAGE);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    await expectDrawing(page, mode);
  });
}

// A flowchart and a wide sequence diagram, in both modes (the colour mode is
// the reader's system setting, switched without a reload).
for (const path of [DIAGRAM_PAGE, '/docs/standards/gitops/']) {
  test(`${path} and its diagram have no axe violations (light and dark)`, async ({
    page,
  }) => {
    await page.goto(path);
    await hydrated(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await expect(page.locator('html')).toHaveAttribute(
        'data-theme',
        colorScheme,
      );
      const results = await new AxeBuilder({page})
        .include('figure.diagram')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.passes.length).toBeGreaterThan(0);
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`,
        ),
        `axe violations in the diagram of ${path} (${colorScheme})`,
      ).toEqual([]);
    }
  });
}

test('a diagram page loads no diagram library and no drawing in its scripts', async ({
  page,
  baseURL,
}) => {
  const diagram = await measurePageWeight(
    page,
    new URL(DIAGRAM_PAGE, baseURL).href,
    BUILD_DIR,
  );
  const plain = await measurePageWeight(
    page,
    new URL(PLAIN_PAGE, baseURL).href,
    BUILD_DIR,
  );
  test.info().annotations.push({
    type: 'measured',
    description: `${DIAGRAM_PAGE}: ${kib(diagram.scriptGzipBytes)}, ${PLAIN_PAGE}: ${kib(plain.scriptGzipBytes)}`,
  });
  // A path of each drawing, from the files the page's images show.
  const html = readFileSync(
    join(BUILD_DIR, DIAGRAM_PAGE, 'index.html'),
    'utf8',
  );
  const files = [
    ...new Set(
      [...html.matchAll(/\ssrc="?(\/assets\/diagrams\/[^"\s>]+\.svg)/g)].map(
        (match) => match[1]!,
      ),
    ),
  ];
  expect(files.length).toBeGreaterThan(1);
  const paths = files.flatMap((file) =>
    [
      ...readFileSync(join(BUILD_DIR, file), 'utf8').matchAll(
        /<path\b[^>]*?\sd="([^"]{40,})"/g,
      ),
    ].map((match) => match[1]!),
  );
  expect(paths.length).toBeGreaterThan(1);
  for (const script of diagram.scripts) {
    const source = readFileSync(join(BUILD_DIR, script.path), 'utf8');
    expect(source, `${script.path} holds Mermaid`).not.toContain('mermaidAPI');
    const drawn = paths.filter((path) => source.includes(path));
    expect(drawn, `${script.path} holds a drawing`).toEqual([]);
  }
  // What a diagram costs the page's script is its figure's component and
  // props (two addresses, the title, the description): under 1 KiB. Its two
  // drawings were 4 to 5 KiB when the script carried them.
  expect(diagram.scriptGzipBytes).toBeLessThan(plain.scriptGzipBytes + 1024);
});

for (const mode of ['light', 'dark'] as const) {
  test(`a diagram on a page reached by a link shows in ${mode} mode, named and described`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme: mode});
    await page.goto(PLAIN_PAGE);
    await hydrated(page);
    await markDocument(page);
    await page
      .getByRole('navigation', {name: 'Docs sidebar'})
      .getByRole('link', {name: 'Certificates', exact: true})
      .click();
    await expect(page).toHaveURL(new RegExp(`${DIAGRAM_PAGE}$`));
    await expectSameDocument(page);
    await expectDrawing(page, mode);
    const axe = await new AxeBuilder({page})
      .include('figure.diagram')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('a link to a heading below a diagram lands on it before any script runs', async ({
  page,
}) => {
  // Every script but the entry bundles arrives late, as over a congested VPN.
  await page.route(/\/assets\/js\/.+\.js$/, async (route) => {
    if (!/\/(main|runtime~main)\.[^/]+\.js$/.test(route.request().url())) {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await route.continue();
  });
  await page.goto(`/docs/${archetypes['02'].docId}/#checklist`, {
    waitUntil: 'commit',
  });
  const drawing = page.locator('img.diagramLight');
  await expect(drawing).toBeVisible();
  const heading = page.getByRole('heading', {level: 2, name: /^Checklist/});
  await expect(heading).toBeInViewport();
  await hydrated(page);
  await expect(heading).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('a wide diagram scrolls inside its figure, by keyboard too, and the page does not', async ({
    page,
  }) => {
    await page.goto('/docs/standards/gitops/');
    await hydrated(page);
    const figure = page.locator('figure.diagram');
    const [inner, outer] = await figure.evaluate((node) => [
      node.scrollWidth,
      node.clientWidth,
    ]);
    expect(inner).toBeGreaterThan(outer);
    const pageWidth = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(pageWidth[0]).toBe(pageWidth[1]);
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => figure.evaluate((node) => node.scrollLeft))
      .toBeGreaterThan(0);
  });
});
