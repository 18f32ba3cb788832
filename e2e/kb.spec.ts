/**
 * The knowledge base as a reader uses it: the /kb landing filters by tag and
 * text with the state in the URL, stale answers are marked against the
 * reader's clock, answer pages link contributors and actions, and "Was this
 * page helpful?" works on docs and answers without sending anything (GitHub
 * is intercepted; no request leaves the machine).
 */
import {axeViolations} from './axe';
import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './hydrated';

import {site} from '../src/data/site';
import {parseEntry} from '../src/lib/kb/check';
import {MS_PER_DAY, parseIsoDate} from '../src/lib/calendarDate';
import {isStale, STALE_AFTER_DAYS, toIsoDate} from '../src/lib/kb/dates';
import type {KbFrontMatter} from '../src/lib/kb/frontMatter';
import {readKbContext, readKbSources} from '../src/plugins/kb/read';

const SITE_DIR = `${__dirname}/..`;
const answers = readKbSources(SITE_DIR).map((source) => ({
  file: source.file,
  ...(parseEntry(source.source).data as KbFrontMatter),
}));
type KbAnswerFile = (typeof answers)[number];
const tags = readKbContext(SITE_DIR).tags;

const answerHeadings = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('heading', {level: 2});

/** Every request to the GitHub host is answered locally, and recorded. */
async function interceptGitHub(page: Page): Promise<URL[]> {
  const seen: URL[] = [];
  await page.context().route(
    (url) => url.host === site.github.host,
    async (route) => {
      seen.push(new URL(route.request().url()));
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>GitHub (intercepted)</title><h1>Intercepted</h1>',
      });
    },
  );
  return seen;
}

/** Presses "Show N more of M" until the list shows every matching answer. */
async function showAll(page: Page) {
  const more = page.getByRole('button', {name: /^Show \d+ more of \d+$/});
  while (await more.isVisible()) {
    const before = await answerHeadings(page).count();
    await more.click();
    await expect(answerHeadings(page)).not.toHaveCount(before);
  }
}

/** The landing's order: most recently verified first, then by title. */
const landingOrder = (a: KbAnswerFile, b: KbAnswerFile) =>
  b.last_verified.localeCompare(a.last_verified) ||
  a.title.localeCompare(b.title, 'en');

test.describe('the /kb landing', () => {
  test('lists every answer with its one-line answer, tags and date', async ({
    page,
  }) => {
    await page.goto('/kb');
    await hydrated(page);
    await expect(
      page.getByRole('heading', {level: 1, name: 'Knowledge base'}),
    ).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(
      `${answers.length} answers, most recently verified first.`,
    );
    const first = [...answers].sort(landingOrder)[0]!;
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', {name: first.title}),
    });
    await expect(item.getByText(first.description)).toBeVisible();
    await expect(
      item.getByRole('list', {name: 'Tags'}).getByRole('link'),
    ).toHaveCount(first.tags.length);
  });

  // The page's own data has the first answers only: the whole list grows
  // with every answer, and comes when the reader reaches for a filter.
  test('loads the whole list only when the reader reaches for a filter', async ({
    page,
  }) => {
    expect(answers.length).toBeGreaterThan(30);
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.text());
      }
    });
    /** Scripts that hold an entry for every answer. */
    const lists = async () =>
      (await Promise.all(scripts)).filter(
        (text) => text.split('lastVerified').length - 1 >= answers.length,
      ).length;

    await page.goto('/kb');
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(await lists()).toBe(0);

    await page.getByRole('searchbox', {name: 'Search the answers'}).focus();
    await expect.poll(lists).toBe(1);
  });

  test('filters by tag and by text, and keeps the filter in the URL across a reload', async ({
    page,
  }) => {
    await page.goto('/kb');
    await hydrated(page);
    const dns = tags.find((tag) => tag.id === 'dns')!;
    const tagged = answers.filter((answer) => answer.tags.includes('dns'));

    await page
      .getByRole('button', {name: new RegExp(`^${dns.label} \\d+ answers$`)})
      .click();
    await expect(page).toHaveURL(/\/kb\/\?tags=dns$/);
    await expect(
      page.getByRole('button', {
        name: new RegExp(`^${dns.label}`),
        pressed: true,
      }),
    ).toBeVisible();
    await expect(answerHeadings(page)).toHaveCount(tagged.length);
    await expect(page.getByRole('status')).toHaveText(
      `${tagged.length} of ${answers.length} answers match, tagged ${dns.label}.`,
    );

    // Text narrows further: every word must start a word of the answer.
    const search = page.getByRole('searchbox', {name: 'Search the answers'});
    await search.fill('certif');
    await expect(page).toHaveURL(/\/kb\/\?tags=dns&q=certif$/);
    const both = tagged.filter((answer) =>
      /\bcertif/i.test(`${answer.title} ${answer.description}`),
    );
    expect(both.length).toBeGreaterThan(0);
    await expect(answerHeadings(page)).toHaveText(
      // Most recently verified first, then by title.
      [...both]
        .sort(
          (a, b) =>
            b.last_verified.localeCompare(a.last_verified) ||
            a.title.localeCompare(b.title, 'en'),
        )
        .map((answer) => answer.title),
      {useInnerText: true, ignoreCase: false},
    );

    // Shared by URL: a reload (or a colleague opening the link) shows the same list.
    await page.reload();
    await hydrated(page);
    await expect(search).toHaveValue('certif');
    await expect(
      page.getByRole('button', {
        name: new RegExp(`^${dns.label}`),
        pressed: true,
      }),
    ).toBeVisible();
    await expect(answerHeadings(page)).toHaveCount(both.length);

    await page.getByRole('button', {name: 'Clear filters'}).click();
    await expect(page).toHaveURL(/\/kb\/$/);
    // The list renders 30 answers and adds 30 per "Show more".
    await expect(answerHeadings(page)).toHaveCount(
      Math.min(30, answers.length),
    );
    await showAll(page);
    await expect(answerHeadings(page)).toHaveText(
      [...answers].sort(landingOrder).map((answer) => answer.title),
      {useInnerText: true, ignoreCase: false},
    );
  });

  // The tag pages' addresses (once in the sitemap) lead to the filtered
  // landing; a tag page listed the same answers, and cost every page of the
  // site a route (src/plugins/kb/docsPlugin.ts).
  test('an old tag page address opens the landing filtered by its tag', async ({
    page,
  }) => {
    const dns = tags.find((tag) => tag.id === 'dns')!;
    await page.goto('/kb/tags/dns/');
    await expect(page).toHaveURL(/\/kb\/\?tags=dns$/);
    await hydrated(page);
    await expect(
      page.getByRole('button', {
        name: new RegExp(`^${dns.label}`),
        pressed: true,
      }),
    ).toBeVisible();
    await expect(answerHeadings(page)).toHaveCount(
      answers.filter((answer) => answer.tags.includes('dns')).length,
    );
    await page.goto('/kb/tags/');
    await expect(page).toHaveURL(/\/kb\/$/);
  });

  test('offers to ask the question when nothing matches', async ({page}) => {
    const seen = await interceptGitHub(page);
    await page.goto('/kb?q=mainframe%20tape%20backup');
    await hydrated(page);
    await expect(answerHeadings(page)).toHaveCount(0);
    const ask = page.getByRole('link', {name: 'Ask this question'});
    const url = new URL((await ask.getAttribute('href'))!);
    expect(url.searchParams.get('template')).toBe('kb-question.yml');
    expect(url.searchParams.get('question')).toBe('mainframe tape backup');
    expect(seen).toEqual([]);
  });

  test("marks answers verified more than 180 days before the reader's today", async ({
    page,
  }) => {
    // The reader's clock, not the build's, decides: the day the newest answer
    // turns 180 days old nothing verified that day is stale yet; the next day
    // it is.
    const newest = Math.max(
      ...answers.map((answer) => parseIsoDate(answer.last_verified)!),
    );
    let stale: KbAnswerFile[] = [];
    for (const days of [STALE_AFTER_DAYS, STALE_AFTER_DAYS + 1]) {
      const today = new Date((newest + days) * MS_PER_DAY + 12 * 3600 * 1000);
      stale = answers.filter((answer) => isStale(answer.last_verified, today));
      const newestStale = stale.some(
        (answer) => parseIsoDate(answer.last_verified) === newest,
      );
      expect(newestStale).toBe(days > STALE_AFTER_DAYS);

      await page.clock.setFixedTime(today);
      await page.goto('/kb');
      await hydrated(page);
      await showAll(page);
      await expect(
        page.getByRole('main').getByText('May be stale', {exact: true}),
      ).toHaveCount(stale.length);
      for (const answer of stale.slice(0, 5)) {
        const item = page.getByRole('listitem').filter({
          has: page.getByRole('heading', {name: answer.title}),
        });
        await expect(item.getByText('May be stale')).toBeVisible();
      }
    }
    expect(stale.length).toBeGreaterThan(0);

    // And on the answer page, with how long ago it was verified.
    await page.getByRole('link', {name: stale[0]!.title}).click();
    await hydrated(page);
    await expect(page.getByRole('note')).toContainText(
      'This answer was last verified on',
    );
    await expect(page.getByRole('note')).toContainText('days ago');
  });

  test('shows no stale badge to a reader on the day an answer was verified', async ({
    page,
  }) => {
    const answer = answers[0]!;
    const day = new Date(`${answer.last_verified}T12:00:00Z`);
    await page.clock.setFixedTime(day);
    await page.goto(
      `/kb/${answer.file.replace(/^kb\//, '').replace(/\.md$/, '')}`,
    );
    await hydrated(page);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      answer.title,
    );
    await expect(page.getByText('May be stale')).toHaveCount(0);
    expect(toIsoDate(day)).toBe(answer.last_verified);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations, filtered and not (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({colorScheme});
      for (const path of ['/kb', '/kb?tags=gitops&q=sync']) {
        await page.goto(path);
        await hydrated(page);
        await page.clock.setFixedTime(new Date('2040-01-01T00:00:00Z'));
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

// The answer with the most code blocks, with its stale notice showing: the
// colours of code (all of them: tests/prism-contrast.test.ts), tables, badges.
const busiest = [...readKbSources(SITE_DIR)].sort(
  (a, b) => b.source.split('```').length - a.source.split('```').length,
)[0]!;
for (const colorScheme of ['light', 'dark'] as const) {
  test(`an answer page with code and a stale notice has no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme});
    await page.clock.setFixedTime(new Date('2040-01-01T00:00:00Z'));
    await page.goto(
      `/kb/${busiest.file.replace(/^kb\//, '').replace(/\.md$/, '')}`,
    );
    await hydrated(page);
    await expect(page.getByRole('note')).toContainText(
      'This answer was last verified',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('an answer page', () => {
  const answer =
    answers.find((entry) => entry.contributors.length > 1) ?? answers[0]!;
  const path = `/kb/${answer.file.replace(/^kb\//, '').replace(/\.md$/, '')}`;

  test('shows contributors, freshness, versions and the two actions', async ({
    page,
  }) => {
    await page.goto(path);
    await hydrated(page);
    const about = page.getByRole('region', {name: 'About this answer'});
    for (const handle of answer.contributors) {
      await expect(
        about.getByRole('link', {name: `@${handle}`}),
      ).toHaveAttribute('href', `https://${site.github.host}/${handle}`);
    }
    await expect(
      about.locator(`time[datetime="${answer.last_verified}"]`),
    ).toBeVisible();
    await expect(about.getByText('Applies to platform versions')).toBeVisible();
    const improve = about.getByRole('link', {name: 'Improve this answer'});
    await expect(improve).toHaveAttribute(
      'href',
      new RegExp(`/edit/${site.github.branch}/${answer.file}$`),
    );
    const ask = new URL(
      (await about
        .getByRole('link', {name: 'Ask a new question'})
        .getAttribute('href'))!,
    );
    expect(ask.searchParams.get('template')).toBe('kb-question.yml');
    expect(ask.searchParams.get('related')).toContain(path);
  });

  test('has a sidebar of topics, not of answers, and breadcrumbs to its topic', async ({
    page,
  }) => {
    await page.goto(path);
    await hydrated(page);
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    const topics = new Set(answers.map((entry) => entry.file.split('/')[1]));
    await expect(sidebar.getByRole('link')).toHaveCount(1 + topics.size);
    const topic = answer.file.split('/')[1]!;
    const breadcrumbs = page.getByRole('navigation', {name: 'Breadcrumbs'});
    await breadcrumbs
      .getByRole('link', {name: tags.find((tag) => tag.id === topic)!.label})
      .click();
    await expect(page).toHaveURL(new RegExp(`/kb/\\?tags=${topic}$`));
    await hydrated(page);
    await expect(answerHeadings(page).first()).toBeVisible();
  });
});

test.describe('"Was this page helpful?"', () => {
  test('"Yes" is acknowledged in place, and nothing is requested', async ({
    page,
  }) => {
    const seen = await interceptGitHub(page);
    await page.goto('/docs/next');
    await hydrated(page);
    await expect(page.getByText('Was this page helpful?')).toBeVisible();
    await page.getByRole('button', {name: 'Yes'}).click();
    await expect(page.getByText('Thank you! Glad it helped.')).toBeFocused();
    await expect(page.getByRole('button', {name: 'Yes'})).toHaveCount(0);
    expect(seen).toEqual([]);
  });

  test('"No" opens a prefilled issue naming the page, its version and the selected text', async ({
    page,
  }) => {
    await interceptGitHub(page);
    await page.goto('/docs/next');
    await hydrated(page);
    const selected = await page.evaluate(() => {
      const paragraph = document.querySelector('.theme-doc-markdown p')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return paragraph.textContent!.replace(/\s+/g, ' ').trim();
    });
    await expect(
      page.getByText('(the issue quotes the text you selected)'),
    ).toBeVisible();

    const popup = page.context().waitForEvent('page');
    // Keyboard: the reader tabs to "No" and presses Enter.
    await page.getByRole('button', {name: 'No'}).focus();
    await page.keyboard.press('Enter');
    const issuePage = await popup;
    await issuePage.waitForLoadState();
    const url = new URL(issuePage.url());
    expect(url.host).toBe(site.github.host);
    expect(url.pathname).toBe(
      `/${site.github.owner}/${site.github.repo}/issues/new`,
    );
    expect(url.searchParams.get('template')).toBe('docs-problem.yml');
    expect(url.searchParams.get('page')).toMatch(
      /\/docs\/next\/ \(version: Next\)$/,
    );
    expect(url.searchParams.get('problem')).toContain(
      `> ${selected.slice(0, 80)}`,
    );
    await expect(
      page.getByText('A prefilled issue opened on GitHub in a new tab'),
    ).toBeFocused();
  });

  test('"Report a problem" on an answer names the knowledge base', async ({
    page,
  }) => {
    await interceptGitHub(page);
    const answer = answers[0]!;
    await page.goto(
      `/kb/${answer.file.replace(/^kb\//, '').replace(/\.md$/, '')}`,
    );
    await hydrated(page);
    const href = await page
      .getByRole('link', {name: 'Report a problem'})
      .getAttribute('href');
    const url = new URL(href!);
    expect(url.searchParams.get('title')).toBe(`Docs: ${answer.title}`);
    expect(url.searchParams.get('page')).toContain(
      '(version: knowledge base (unversioned))',
    );
  });
});
