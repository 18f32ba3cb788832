/**
 * Code blocks as a reader gets them: highlighted by the server in the colours
 * of their colour mode, and kept, not rendered a second time, when the page
 * hydrates (src/plugins/code-highlighting).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './hydrated';
import type {PrismTheme} from 'prism-react-renderer';

import config from '../docusaurus.config';
import type {Options} from '../src/plugins/code-highlighting';
import {BUILD_DIR} from '../scripts/lib/sitemap';

// A handbook page with YAML and shell blocks.
const PAGE = '/docs/standards/ingress/';

const themes = config.plugins?.find(
  (plugin): plugin is [string, Options] =>
    Array.isArray(plugin) && String(plugin[0]).includes('/code-highlighting/'),
)?.[1];

/** A theme colour (`#rrggbb` or `rgb(r, g, b)`) as the browser reports it. */
function rgb(colour: string | undefined, what: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour ?? '')?.[1];
  if (hex) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  }
  const channels = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour ?? '');
  if (channels) {
    return `rgb(${channels[1]}, ${channels[2]}, ${channels[3]})`;
  }
  throw new Error(`${what} is not a #rrggbb or rgb() colour: ${colour}`);
}

/** The colour a theme gives a token type (the last entry that names it wins). */
function colourOf(theme: PrismTheme, type: string): string {
  const entry = [...theme.styles]
    .reverse()
    .find((style) => style.types.includes(type));
  return rgb(entry?.style.color, `the theme's colour for "${type}"`);
}

test('code blocks rendered by the server are kept when the page hydrates', async ({
  page,
}) => {
  // Counts every code block taken out of the page from the first byte on.
  await page.addInitScript(() => {
    const counter = window as unknown as {removedCodeBlocks: number};
    counter.removedCodeBlocks = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.removedNodes)) {
          if (
            node instanceof Element &&
            (node.matches('pre.prism-code') ||
              node.querySelector('pre.prism-code'))
          ) {
            counter.removedCodeBlocks += 1;
          }
        }
      }
    }).observe(document, {childList: true, subtree: true});
  });
  await page.goto(PAGE);
  await hydrated(page);
  const blocks = page.locator('pre.prism-code');
  expect(await blocks.count()).toBeGreaterThan(1);
  // The theme would re-create the blocks in an effect right after hydration.
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(
      () =>
        (window as unknown as {removedCodeBlocks: number}).removedCodeBlocks,
    ),
  ).toBe(0);
  await expect(blocks.first().locator('.token').first()).toBeVisible();
});

for (const mode of ['light', 'dark'] as const) {
  test(`code is coloured by the ${mode} theme in ${mode} mode`, async ({
    page,
  }) => {
    expect(themes, 'the code-highlighting plugin and its themes').toBeDefined();
    await page.emulateMedia({colorScheme: mode});
    await page.goto(PAGE);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    const theme = themes![mode];
    const token = page.locator('pre.prism-code .token.punctuation').first();
    await expect(token).toHaveCSS('color', colourOf(theme, 'punctuation'));
    await expect(page.locator('pre.prism-code').first()).toHaveCSS(
      'background-color',
      rgb(theme.plain.backgroundColor, "the theme's background"),
    );
  });
}

test('without JavaScript, code is highlighted in the light theme', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(
    page.locator('pre.prism-code .token.punctuation').first(),
  ).toHaveCSS('color', colourOf(themes!.light, 'punctuation'));
  await context.close();
});

// The scripts of the build that carry Prism's grammars, found by their content.
function prismScripts(): string[] {
  const dir = join(BUILD_DIR, 'assets', 'js');
  return readdirSync(dir).filter((file) =>
    readFileSync(join(dir, file), 'utf8').includes('languages.markup'),
  );
}

test("a page opened by its address keeps the server's highlighting and loads no Prism", async ({
  page,
}) => {
  const prism = prismScripts();
  expect(prism, 'scripts with Prism in the build').toHaveLength(1);
  const scripts = recordScripts(page);
  // A handbook page with code, one without (no code fence in its source), home.
  for (const path of [PAGE, '/docs/engagement/connect', '/']) {
    await page.goto(path);
    await hydrated(page);
    if (path === PAGE) {
      expect(
        await page.locator('pre.prism-code .token').count(),
      ).toBeGreaterThan(0);
    }
  }
  expect(scripts.filter((script) => prism.includes(script))).toEqual([]);
});

test('a page with code reached by a link loads Prism and is highlighted', async ({
  page,
}) => {
  const prism = prismScripts();
  const scripts = recordScripts(page);
  await page.goto('/');
  await hydrated(page);
  // Set on this document only: still there if the link navigated client-side.
  await page.evaluate(() => {
    (window as unknown as {sameDocument: boolean}).sameDocument = true;
  });
  await page.locator(`main a[href="${PAGE}"]`).first().click();
  await expect(page).toHaveURL(PAGE);
  expect(
    await page.evaluate(
      () => (window as unknown as {sameDocument?: boolean}).sameDocument,
    ),
  ).toBe(true);
  const token = page.locator('pre.prism-code .token.punctuation').first();
  await expect(token).toHaveCSS(
    'color',
    colourOf(themes!.light, 'punctuation'),
  );
  expect(scripts.some((script) => prism.includes(script))).toBe(true);
});

test('while Prism loads, the code shows as plain text', async ({page}) => {
  const prism = prismScripts();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => prism.some((script) => url.pathname.endsWith(`/${script}`)),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  await page.goto('/');
  await hydrated(page);
  await page.locator(`main a[href="${PAGE}"]`).first().click();
  await expect(page).toHaveURL(PAGE);
  const block = page.locator('pre.language-yaml').first();
  await expect(block).toContainText('apiVersion');
  expect(await block.locator('.token.punctuation').count()).toBe(0);
  release();
  await expect(block.locator('.token.punctuation').first()).toBeVisible();
});

/** The file names of the scripts the page requests from now on. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      scripts.push(request.url().split('/').pop()!);
    }
  });
  return scripts;
}
