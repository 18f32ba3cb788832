/**
 * The embedded search on the built site: a term only one knowledge-base
 * answer contains, a page that exists in two docs versions (only the reader's
 * version by default, both with "All versions"), the search dialog used with
 * the keyboard alone, and axe on the search page and dialog.
 */
import {axeViolations} from './axe';
import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './hydrated';

import {site} from '../src/data/site';
import {sectionLabel} from '../src/lib/search/sections';
import {indexedPages} from './indexed-pages';

const pages = indexedPages();

/** Appears in one answer only (a probe setting named in its prose). */
const KB_TERM = 'failureThreshold';

function kbAnswerWith(term: string) {
  const matches = pages.filter((page) =>
    page.text.includes(term.toLowerCase()),
  );
  const answers = matches.filter((page) => page.section === 'kb');
  if (answers.length !== 1) {
    throw new Error(
      `"${term}" should be in exactly one knowledge-base answer, but is in ${answers.length} (${answers.map((page) => page.path).join(', ')}): pick a term of one answer in e2e/search.spec.ts.`,
    );
  }
  return answers[0]!;
}

/** The docs version served at /docs (the latest release) and a page title it shares with another version. */
function pageInTwoVersions() {
  const latest = pages.find((page) => page.path === '/docs/')?.version;
  if (!latest) {
    throw new Error('The build has no indexed /docs page with a version.');
  }
  for (const page of pages) {
    if (page.section !== 'docs' || page.version !== latest || !page.title) {
      continue;
    }
    const other = pages.find(
      (candidate) =>
        candidate.section === 'docs' &&
        candidate.version !== latest &&
        candidate.title === page.title,
    );
    if (other) {
      return {title: page.title, latest, other: other.version!};
    }
  }
  throw new Error(
    `No docs page of version ${latest} has the same title as a page of another version.`,
  );
}

/** Fails the test on any console error or warning, as the sitemap sweep does. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

test('a term of one knowledge-base answer finds that answer first', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const answer = kbAnswerWith(KB_TERM);
  await page.goto(`/search?q=${encodeURIComponent(KB_TERM)}`);
  await hydrated(page);
  await expect(
    page.getByRole('searchbox', {name: /search the docs/i}),
  ).toHaveValue(KB_TERM);
  const results = page.getByRole('list', {name: 'Search results'});
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('heading', {level: 2})).toContainText(
    answer.title,
  );
  await expect(first).toContainText(sectionLabel('kb'));
  await expect(first.locator('mark').first()).toBeVisible();
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${answer.path}(#.*)?$`));
  expect(problems).toEqual([]);
});

test('the search page keeps the query in its URL', async ({page}) => {
  const problems = watchConsole(page);
  await page.goto('/search');
  await hydrated(page);
  await page.getByRole('searchbox', {name: /search the docs/i}).fill(KB_TERM);
  await expect(
    page
      .getByRole('list', {name: 'Search results'})
      .getByRole('listitem')
      .first(),
  ).toContainText(kbAnswerWith(KB_TERM).title);
  await expect(page).toHaveURL(`/search/?q=${KB_TERM}`);
  expect(problems).toEqual([]);
});

test('docs results come from the reader’s version unless all versions are asked for', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const {title, latest, other} = pageInTwoVersions();
  await page.goto(`/search?q=${encodeURIComponent(title)}`);
  await hydrated(page);
  const results = page.getByRole('list', {name: 'Search results'});
  const matching = results.getByRole('listitem').filter({
    has: page.getByRole('heading', {name: title}),
  });
  await expect(
    matching.getByText(sectionLabel('docs', latest), {exact: true}),
  ).toHaveCount(1);
  await expect(
    results.getByText(sectionLabel('docs', other), {exact: true}),
  ).toHaveCount(0);

  await page.getByLabel('Docs version').selectOption({label: 'All versions'});
  await expect(page).toHaveURL(/version=all/);
  await expect(
    matching.getByText(sectionLabel('docs', other), {exact: true}),
  ).toHaveCount(1);
  await expect(
    matching.getByText(sectionLabel('docs', latest), {exact: true}),
  ).toHaveCount(1);

  // A section filter narrows the results to that section.
  await page.getByRole('checkbox', {name: sectionLabel('blog')}).check();
  await expect(page).toHaveURL(/section=blog/);
  await expect(
    results.getByText(sectionLabel('docs', latest), {exact: true}),
  ).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the search dialog works with the keyboard alone', async ({page}) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await hydrated(page);
  const dialog = page.getByRole('dialog', {name: 'Search the site'});

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  const combobox = dialog.getByRole('combobox');
  await expect(combobox).toBeFocused();

  // The platform's name is on many pages, so there are several options.
  await page.keyboard.type(site.platformName);
  // Wait for the results of the whole word, not of a prefix typed on the way.
  await expect(dialog.getByRole('listbox')).toHaveAttribute(
    'data-search-query',
    site.platformName,
  );
  const options = dialog.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id'))!,
  );
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');

  const chosen = await options.nth(1).textContent();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL((url) => url.pathname === '/');
  // The new page renders once its code has loaded, after the URL changed.
  await expect
    .poll(async () =>
      chosen!.includes(
        (await page.locator('h1').first().textContent())!.trim(),
      ),
    )
    .toBe(true);

  // `/` opens it too; Escape closes it and gives focus back.
  const button = page.getByRole('button', {name: 'Search'});
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await page
    .locator('main')
    .first()
    .click({position: {x: 1, y: 1}});
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(combobox).toBeFocused();
  expect(problems).toEqual([]);
});

/** Words no page contains, with characters that must be encoded in a URL. */
const NONSENSE = 'zqxwv & flurbo?';

/** Presses Tab until the "Ask the community" link has focus, as a keyboard user would. */
async function tabToAskLink(page: Page) {
  const link = page.getByRole('link', {name: 'Ask the community'});
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) {
      return link;
    }
  }
  throw new Error(
    '"Ask the community" was not reached with 30 presses of Tab.',
  );
}

/** The link opens the kb question form on the site's GitHub host, prefilled with the query. */
async function expectQuestionForm(
  link: ReturnType<Page['getByRole']>,
  query: string,
) {
  const href = (await link.getAttribute('href'))!;
  const url = new URL(href);
  expect(url.host).toBe(site.github.host);
  expect(url.pathname).toBe(
    `/${site.github.owner}/${site.github.repo}/issues/new`,
  );
  expect(url.searchParams.get('template')).toBe('kb-question.yml');
  expect(url.searchParams.get('title')).toBe(`KB: ${query}`);
  expect(url.searchParams.get('question')).toBe(query);
  // Encoded: no raw space, no "&" or "?" that would split the value.
  expect(url.search).not.toContain(' ');
  expect(url.search).toContain(
    new URLSearchParams({q: query}).toString().slice(2),
  );
}

test('a search that finds nothing offers to ask the community, by keyboard', async ({
  page,
}) => {
  const problems = watchConsole(page);
  // Only the site's own host is asked for anything.
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));

  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', {name: 'Search the site'});
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(NONSENSE);
  await expect(dialog.getByRole('status')).toHaveText(
    `No results for “${NONSENSE}”.`,
  );
  const inDialog = await tabToAskLink(page);
  await expect(
    dialog.getByRole('link', {name: 'Ask the community'}),
  ).toBeFocused();
  await expectQuestionForm(inDialog, NONSENSE);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.goto(`/search?q=${encodeURIComponent(NONSENSE)}`);
  await hydrated(page);
  await expect(page.getByRole('status')).toContainText('No results for');
  await page.getByRole('searchbox', {name: /search the docs/i}).focus();
  const onPage = await tabToAskLink(page);
  await expect(
    page.getByRole('main').getByRole('link', {name: 'Ask the community'}),
  ).toBeFocused();
  await expectQuestionForm(onPage, NONSENSE);

  expect([...hosts]).toEqual([new URL(page.url()).host]);
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page and dialog have no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme});
    await page.goto(`/search?q=${encodeURIComponent(KB_TERM)}`);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute(
      'data-theme',
      colorScheme,
    );
    await expect(
      page
        .getByRole('list', {name: 'Search results'})
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
    expect(await axeViolations(page), 'axe violations on /search').toEqual([]);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', {name: 'Search the site'});
    await page.keyboard.type(KB_TERM);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    expect(await axeViolations(page), 'axe violations in the dialog').toEqual(
      [],
    );
  });
}
