/**
 * The rent-an-engineer form as a person uses it: filled in by label, with
 * every error shown for bad input, a draft that survives a reload, a review
 * step and the prefilled GitHub issue it opens. GitHub is never reached: every
 * request to its host is answered by a stand-in page, and the address that
 * would have been opened is checked instead.
 */
import {axeViolations} from './axe';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';

import {site} from '../src/data/site';

const PATH = '/rent-an-engineer/';
const DRAFT_KEY = 'baseplate:rent-an-engineer:draft';
const year = new Date().getFullYear();
const FUTURE_DATE = `${year + 1}-03-04`;
const PAST_DATE = `${year - 1}-03-04`;

/** Answers GitHub's host locally, so a test can follow the link without the network. */
async function standInForGitHub(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.host === site.github.host,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>GitHub stand-in</title><h1>Stand-in</h1>',
      }),
  );
}

async function openForm(page: Page): Promise<void> {
  await page.goto(PATH);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
  await expect(page.getByLabel('Summary')).toBeVisible();
}

async function fillValidRequest(page: Page): Promise<void> {
  await page.getByRole('radio', {name: 'Pair up'}).check();
  await page
    .getByLabel('Summary')
    .fill('Move the orders service onto the platform');
  await page.getByLabel('Team', {exact: true}).fill('Orders & Returns');
  await page.getByLabel('Your GitHub handle').fill('@mona-lisa');
  await page.getByLabel('Contact channel').fill('#orders-dev');
  await page.getByRole('radio', {name: 'NaN Lift & Shift'}).check();
  await page
    .getByLabel('What should be built, and why')
    .fill(
      'Pair with us while we move the orders service and its cron jobs.\nDone when it runs in production. Grüße 👋',
    );
  await page.getByLabel('Desired start date').fill(FUTURE_DATE);
  await page.getByLabel('Duration in weeks').fill('4');
  await page.getByLabel('Skills needed').fill('Helm, Argo CD');
  await page
    .getByLabel('Links')
    .fill('https://github.com/northwind/orders\n\nhttps://wiki.example/orders');
}

/** Follows the "Open the issue" link and returns the address the new tab got. */
async function openIssue(page: Page): Promise<URL> {
  const opened = page.context().waitForEvent('page');
  await page.getByRole('link', {name: /^Open the issue on GitHub/}).click();
  const tab = await opened;
  await tab.waitForLoadState();
  const url = new URL(tab.url());
  await tab.close();
  return url;
}

test.describe('rent-an-engineer form', () => {
  test.beforeEach(async ({context}) => {
    await standInForGitHub(context);
  });

  test('a complete request opens the prefilled issue and clears the draft', async ({
    page,
  }) => {
    await openForm(page);
    await fillValidRequest(page);
    await page.getByRole('button', {name: 'Check your request'}).click();

    const review = page.getByRole('heading', {name: 'Check your request'});
    await expect(review).toBeFocused();
    await expect(page.getByText('@mona-lisa', {exact: true})).toBeVisible();
    await expect(
      page.getByText(
        'Pair up: Orders & Returns – Move the orders service onto the platform',
      ),
    ).toBeVisible();

    const url = await openIssue(page);
    expect(url.origin + url.pathname).toBe(
      `https://${site.github.host}/${site.github.owner}/${site.github.repo}/issues/new`,
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'rent-an-engineer.yml',
      title:
        'Pair up: Orders & Returns – Move the orders service onto the platform',
      engagement: 'Pair up',
      team: 'Orders & Returns',
      requester: '@mona-lisa',
      contact: '#orders-dev',
      archetype: 'NaN Lift & Shift',
      goal: 'Pair with us while we move the orders service and its cron jobs.\nDone when it runs in production. Grüße 👋',
      start: FUTURE_DATE,
      duration: '4',
      skills: 'Helm, Argo CD',
      links: 'https://github.com/northwind/orders\nhttps://wiki.example/orders',
    });

    await expect(page.getByText('GitHub opened in a new tab')).toBeVisible();
    expect(
      await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY),
    ).toBeNull();
    await openForm(page);
    await expect(page.getByLabel('Summary')).toHaveValue('');
  });

  test('an empty submit lists every required field and focuses the summary', async ({
    page,
  }) => {
    await openForm(page);
    await page.getByRole('button', {name: 'Check your request'}).click();

    const summary = page.getByText('There are 9 problems with the request');
    await expect(summary).toBeVisible();
    await expect(page.locator(':focus')).toContainText(
      'There are 9 problems with the request',
    );
    const messages = {
      Summary: 'Enter a one-line summary of what you need',
      Team: 'Enter the name of your team',
      'Your GitHub handle': 'Enter your GitHub handle',
      'Contact channel': 'Enter where the platform team can reach your team',
      'What should be built, and why': 'Describe what should be built, and why',
      'Desired start date': 'Enter the date you would like to start',
      'Duration in weeks': 'Enter the number of weeks',
    };
    for (const [label, message] of Object.entries(messages)) {
      const field = page.getByLabel(label, {exact: true});
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(message));
      await expect(page.getByRole('link', {name: message})).toBeVisible();
    }
    for (const [group, radio, message] of [
      ['Engagement type', 'Pair up', 'Choose rent an engineer or pair up'],
      [
        'Migration archetype',
        '01 Lift',
        'Choose the archetype that fits your team',
      ],
    ] as const) {
      await expect(page.getByRole('radio', {name: radio})).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expect(
        page.getByRole('group', {name: group}),
      ).toHaveAccessibleDescription(new RegExp(message));
      await expect(page.getByRole('link', {name: message})).toBeVisible();
    }
    // Optional fields are not marked.
    await expect(page.getByLabel('Skills needed')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // Each problem links to its field.
    await page.getByRole('link', {name: 'Enter the name of your team'}).click();
    await expect(page.getByLabel('Team', {exact: true})).toBeFocused();
  });

  test('bad answers get a clear message each, as the reader goes and on submit', async ({
    page,
  }) => {
    await openForm(page);

    // A message appears when the reader leaves a field, not while typing.
    const handle = page.getByLabel('Your GitHub handle');
    await handle.fill('mona lisa');
    const handleError =
      'Enter a GitHub handle as it appears in your profile address, such as mona-lisa: letters, digits and single hyphens, without spaces';
    await expect(page.getByText(handleError)).toHaveCount(0);
    await handle.press('Tab');
    await expect(page.getByText(handleError)).toBeVisible();
    await expect(handle).toHaveAttribute('aria-invalid', 'true');

    // The count follows every keystroke.
    const summary = page.getByLabel('Summary');
    await summary.pressSequentially('Labels');
    await expect(summary).toHaveAccessibleDescription(/6 of 100 characters/);
    await summary.fill('x'.repeat(103));
    await expect(page.getByText('3 characters too many')).toBeVisible();

    await page.getByLabel('Desired start date').fill(PAST_DATE);
    await page.getByLabel('Duration in weeks').fill('13');
    await page
      .getByLabel('Links')
      .fill('https://github.com/northwind/orders\nthe design doc');
    await page
      .getByLabel('What should be built, and why')
      .fill('a'.repeat(5001));
    await page.getByRole('button', {name: 'Check your request'}).click();

    for (const message of [
      'The summary must be 100 characters or fewer; it has 103',
      handleError,
      'The description must be 5,000 characters or fewer; it has 5,001',
      'The start date must be today or later',
      'The duration must be from 1 to 12 weeks',
      'Line 2 is not a web address: put one address per line, each starting with https://',
    ]) {
      await expect(page.getByRole('link', {name: message})).toBeVisible();
      await expect(
        page.locator('form p').filter({hasText: message}),
      ).toBeVisible();
    }

    // Fixing an answer clears its message at once.
    await page.getByLabel('Duration in weeks').fill('12');
    await expect(
      page.getByRole('link', {name: 'The duration must be from 1 to 12 weeks'}),
    ).toHaveCount(0);
    await expect(page.getByLabel('Duration in weeks')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('a reload restores the draft, and it can be discarded', async ({
    page,
  }) => {
    await openForm(page);
    await fillValidRequest(page);
    await page.reload();
    await expect(page.getByLabel('Summary')).toHaveValue(
      'Move the orders service onto the platform',
    );
    await expect(page.getByRole('radio', {name: 'Pair up'})).toBeChecked();
    await expect(
      page.getByRole('radio', {name: 'NaN Lift & Shift'}),
    ).toBeChecked();
    await expect(page.getByLabel('Desired start date')).toHaveValue(
      FUTURE_DATE,
    );
    await expect(page.getByLabel('Links')).toHaveValue(
      'https://github.com/northwind/orders\n\nhttps://wiki.example/orders',
    );
    await expect(page.getByText(/Your draft from .+ is back/)).toBeVisible();

    await page.getByRole('button', {name: 'Discard the draft'}).click();
    await expect(page.getByLabel('Summary')).toHaveValue('');
    await expect(page.getByRole('radio', {name: 'Pair up'})).not.toBeChecked();
    await page.reload();
    await expect(page.getByLabel('Summary')).toHaveValue('');
  });

  test('the review step can go back to one answer and keeps the rest', async ({
    page,
  }) => {
    await openForm(page);
    await fillValidRequest(page);
    await page.getByRole('button', {name: 'Check your request'}).click();
    await page.getByRole('button', {name: 'Change Contact channel'}).click();
    const contact = page.getByLabel('Contact channel');
    await expect(contact).toBeFocused();
    await contact.fill('orders@northwind.example');
    await page.getByRole('button', {name: 'Check your request'}).click();
    await expect(page.getByText('orders@northwind.example')).toBeVisible();
    const url = await openIssue(page);
    expect(url.searchParams.get('contact')).toBe('orders@northwind.example');
  });

  test('a request too long for one link is shortened, and the full text can be copied', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openForm(page);
    await fillValidRequest(page);
    const goal = '倉庫のラベルプリンターに届く経路が必要です。'.repeat(200);
    await page.getByLabel('What should be built, and why').fill(goal);
    await page.getByRole('button', {name: 'Check your request'}).click();
    await expect(
      page.getByText(/“What should be built, and why” was shortened/),
    ).toBeVisible();

    await page.getByRole('button', {name: 'Copy full text'}).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`### What should be built, and why\n\n${goal}`);

    const url = await openIssue(page);
    expect(url.href.length).toBeLessThanOrEqual(8000);
    const sent = url.searchParams.get('goal')!;
    expect(sent).toMatch(/Shortened to fit in a link/);
    const kept = sent.split('…')[0]!.trimEnd();
    expect(kept.length).toBeGreaterThan(500);
    expect(goal.startsWith(kept)).toBe(true);
  });

  test('a team mention is sent so that it does not notify', async ({page}) => {
    await openForm(page);
    await fillValidRequest(page);
    await page.getByLabel('Team', {exact: true}).fill('@northwind/orders');
    await page.getByRole('button', {name: 'Check your request'}).click();
    await expect(
      page.getByText(/Team mentions \(@northwind\/orders\)/),
    ).toBeVisible();
    const url = await openIssue(page);
    expect(url.searchParams.get('team')).toBe('@\u200Dnorthwind/orders');
  });
});

// e2e/a11y.spec.ts checks the page as it loads; these are the states after.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the error and review states have no axe violations (${colorScheme})`, async ({
    page,
    context,
  }) => {
    await standInForGitHub(context);
    await page.emulateMedia({colorScheme});
    await openForm(page);
    await page.getByLabel('Summary').fill('x'.repeat(101));
    await page.getByRole('button', {name: 'Check your request'}).click();
    await expect(page.getByText('There are 9 problems')).toBeVisible();
    expect(await axeViolations(page), 'errors').toEqual([]);

    await fillValidRequest(page);
    await page.getByLabel('Team', {exact: true}).fill('@northwind/orders');
    await page
      .getByLabel('What should be built, and why')
      .fill(`<b>Labels</b> ${'倉庫のラベル。'.repeat(700)}`);
    await page.getByRole('button', {name: 'Check your request'}).click();
    await expect(page.getByText(/was shortened/)).toBeVisible();
    await expect(page.getByText(/Team mentions/)).toBeVisible();
    await expect(page.getByText(/looks like HTML/)).toBeVisible();
    expect(await axeViolations(page), 'review').toEqual([]);

    await openIssue(page);
    await expect(page.getByText('GitHub opened in a new tab')).toBeVisible();
    expect(await axeViolations(page), 'opened').toEqual([]);
  });
}

test.describe('without local storage', () => {
  test.beforeEach(async ({context}) => {
    await standInForGitHub(context);
    // What a browser that blocks site data does: any use of storage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException(
            'Access to storage is denied.',
            'SecurityError',
          );
        },
      });
    });
  });

  test('the form works and says drafts are not kept', async ({page}) => {
    await openForm(page);
    await expect(page.getByText('Drafts are not kept.')).toBeVisible();
    await fillValidRequest(page);
    await page.getByRole('button', {name: 'Check your request'}).click();
    const url = await openIssue(page);
    expect(url.searchParams.get('team')).toBe('Orders & Returns');
    await page.reload();
    await expect(page.getByLabel('Summary')).toHaveValue('');
  });
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the page offers a plain link to the blank issue form', async ({
    page,
  }) => {
    await page.goto(PATH);
    await expect(
      page.getByRole('heading', {level: 1, name: 'Rent an engineer'}),
    ).toBeVisible();
    const link = page.getByRole('link', {
      name: 'Open the request form on GitHub',
    });
    await expect(link).toBeVisible();
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(
      `https://${site.github.host}/${site.github.owner}/${site.github.repo}/issues/new`,
    );
    expect(Object.fromEntries(href.searchParams)).toEqual({
      template: 'rent-an-engineer.yml',
    });
    await expect(page.getByLabel('Summary')).toHaveCount(0);
    await expect(
      page.getByRole('link', {name: 'See the open requests on GitHub'}),
    ).toBeVisible();
  });
});
