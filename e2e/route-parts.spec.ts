/**
 * main.js does not carry the route of every doc and answer: those load in
 * parts, by a hash of their path, before Docusaurus renders or preloads a
 * page (src/plugins/bundling). A reader must not notice: pages hydrate (the
 * sweep checks every page), and clicking from page to page stays in the
 * single-page app, with no full reload, across every kind of page in parts.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

import {expect, test} from '@playwright/test';

import {BUILD_DIR} from '../scripts/lib/sitemap';
import {hydrated} from './hydrated';
import {expectSameDocument, markDocument} from './same-document';

const ANSWER = '/kb/certificates/browser-shows-wrong-certificate/';

function mainScript(): string {
  const dir = join(BUILD_DIR, 'assets', 'js');
  const main = readdirSync(dir).find((name) =>
    /^main\.[0-9a-f]+\.js$/.test(name),
  );
  if (!main) throw new Error(`no main.<hash>.js in ${dir}`);
  return readFileSync(join(dir, main), 'utf8');
}

test('main.js names no answer or doc page: their routes load in parts', () => {
  const main = mainScript();
  expect(main).toContain('"/kb/"');
  for (const path of [
    ANSWER,
    '/docs/standards/ingress/',
    '/docs/2025.2/standards/ingress/',
  ]) {
    expect(main, path).not.toContain(`"${path}"`);
  }
});

test('a reader clicks from the home page to the handbook, a doc, the knowledge base and an answer without a reload', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await hydrated(page);
  await markDocument(page);

  await page
    .getByRole('navigation', {name: 'Main'})
    .getByRole('link', {name: 'Docs', exact: true})
    .click();
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await expect(page).toHaveURL(/\/docs\/$/);

  const beforeDoc = scripts.length;
  const workshop = page
    .getByRole('navigation', {name: 'Docs sidebar'})
    .getByRole('link', {name: 'The one-hour workshop', exact: true});
  const workshopPath = await workshop.getAttribute('href');
  await workshop.click();
  await expect(page).toHaveURL(new RegExp(`${workshopPath}$`));
  await expect(
    page.getByRole('heading', {level: 1, name: /workshop/i}),
  ).toBeVisible();
  expect(scripts.length).toBeGreaterThan(beforeDoc);

  await page
    .getByRole('navigation', {name: 'Main'})
    .getByRole('link', {name: 'Knowledge base', exact: true})
    .click();
  await expect(page).toHaveURL(/\/kb\/$/);
  const answer = page
    .getByRole('main')
    .getByRole('article')
    .first()
    .getByRole('heading', {level: 2})
    .getByRole('link');
  const [answerPath, answerTitle] = await Promise.all([
    answer.getAttribute('href'),
    answer.textContent(),
  ]);
  expect(answerPath).toMatch(/^\/kb\/[^/]+\/[^/]+\/$/);
  await answer.click();
  await expect(page).toHaveURL(new RegExp(`${answerPath}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    answerTitle ?? '',
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/kb\/$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${workshopPath}$`));
  await expect(
    page.getByRole('heading', {level: 1, name: /workshop/i}),
  ).toBeVisible();
  await expectSameDocument(page);
});

test('a page of an older handbook version opened directly hydrates, and its sidebar links stay in the app', async ({
  page,
}) => {
  await page.goto('/docs/2025.2/');
  await hydrated(page);
  await markDocument(page);
  const link = page
    .getByRole('navigation', {name: 'Docs sidebar'})
    .getByRole('link')
    .nth(3);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/docs\/2025\.2\/.+/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await expectSameDocument(page);
});
