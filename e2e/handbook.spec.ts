/**
 * The handbook's promises to a reader, proved by clicking: the home page
 * reaches each archetype's checklist in three clicks or fewer, every
 * engagement-path page leads to the page that acts on it, and the archetype
 * self-assessment works from the keyboard and, without JavaScript, reads as a
 * list.
 */
import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './hydrated';

import {archetypeOrder, archetypes, questions} from '../src/lib/archetype';

function label(id: (typeof archetypeOrder)[number]): string {
  return `${archetypes[id].id} ${archetypes[id].name}`;
}

const checklistHeading = (page: Page) =>
  page.getByRole('heading', {level: 2, name: /^Checklist/});

for (const id of archetypeOrder) {
  test(`home page to the ${label(id)} checklist in at most three clicks`, async ({
    page,
  }) => {
    let clicks = 0;
    await page.goto('/');
    await hydrated(page);

    await page
      .getByRole('region', {name: 'Which kind of team are you?'})
      .getByRole('link', {name: label(id), exact: true})
      .click();
    clicks += 1;
    await expect(
      page.getByRole('heading', {level: 1, name: label(id)}),
    ).toBeVisible();

    await page
      .getByRole('main')
      .getByRole('link', {name: 'Go to the checklist'})
      .click();
    clicks += 1;
    await expect(checklistHeading(page)).toBeInViewport();
    expect(new URL(page.url()).pathname).toBe(`/docs/${archetypes[id].docId}/`);
    expect(clicks).toBeLessThanOrEqual(3);
  });
}

// Each stage's page, the link that acts on it, and where that link must go,
// in every docs version (the latest at /docs, Next, and the older release).
const stages = [
  {doc: 'workshops', link: 'start the one-hour workshop', target: 'workshop/'},
  {
    doc: 'events',
    link: 'see upcoming and past events',
    target: '/blog/tags/events/',
  },
  {doc: 'connect', link: 'search the knowledge base', target: '/kb/'},
  {
    doc: 'support-rotation',
    link: 'see who is on support this week',
    target: '/support/',
  },
  {
    doc: 'rent-an-engineer',
    link: 'request an engineer',
    target: '/rent-an-engineer/',
  },
  {doc: 'pair-up', link: 'ask to pair up', target: '/rent-an-engineer/'},
] as const;

// One reader per version walks every stage page in turn (each step a full
// load of the stage page, then a click), so the browser's cache is shared.
for (const version of ['/docs', '/docs/next', '/docs/2025.2']) {
  test(`every engagement page of ${version}/ leads to the page that acts on it`, async ({
    page,
  }) => {
    for (const stage of stages) {
      const from = `${version}/engagement/${stage.doc}/`;
      // A docs target stays in the reader's version; the others are site pages.
      const to = stage.target.startsWith('/')
        ? stage.target
        : `${version}/${stage.target}`;
      await test.step(`${from} leads to ${to}`, async () => {
        await page.goto(from);
        await hydrated(page);
        await page
          .getByRole('main')
          .getByRole('link', {name: stage.link, exact: true})
          .click();
        await expect(page).toHaveURL((url) => url.pathname === to);
        await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      });
    }
  });
}

test('the engagement overview links every stage page', async ({page}) => {
  await page.goto('/docs/engagement');
  await hydrated(page);
  const main = page.getByRole('main');
  for (const name of [
    '1 Workshops',
    '2 Events',
    '3 Connect',
    '4 Support rotation',
    '5 Rent-an-engineer',
    '255 Pair up',
  ]) {
    await expect(main.getByRole('link', {name, exact: true})).toHaveAttribute(
      'href',
      /^\/docs\/engagement\/[a-z-]+\/$/,
    );
  }
});

test('the self-assessment is answered with the keyboard, names the archetype and links its guide', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  await page
    .getByRole('link', {name: 'Take the two-minute self-assessment'})
    .click();
  await hydrated(page);

  const form = page.getByRole('form', {name: 'Archetype self-assessment'});
  const status = form.getByRole('status');
  await expect(status).toContainText(`0 of ${questions.length} questions`);

  // Keyboard only from the first answer on: arrows choose within a question,
  // Space chooses the focused answer, Tab moves to the next question.
  await form.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown'); // runs in containers already
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // builds images routinely
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // needs only the golden path
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // runs as non-root
  await expect(status).toContainText(`4 of ${questions.length} questions`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // learns from the docs

  const expected = label('NaN');
  await expect(status.getByRole('heading')).toHaveText(
    `Your team is ${expected}`,
  );
  const guide = status.getByRole('link', {name: `Read the ${expected} guide`});
  await expect(guide).toHaveAttribute(
    'href',
    '/docs/migration/lift-and-shift/',
  );

  await page.keyboard.press('Tab');
  await expect(guide).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    status.getByRole('link', {name: 'Go straight to its checklist'}),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', {level: 1, name: expected}),
  ).toBeVisible();
  await expect(checklistHeading(page)).toBeInViewport();
});

test('without JavaScript the self-assessment reads as a list of questions', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/docs/migration');
  const main = page.getByRole('main');
  const list = main
    .getByRole('list')
    .filter({hasText: questions[0]!.text})
    .first();
  await expect(list).toBeVisible();
  for (const question of questions) {
    const item = list.getByRole('listitem').filter({hasText: question.text});
    await expect(item).toBeVisible();
    // The answers are a list inside the question's item, in order.
    const answers = item.getByRole('list').getByRole('listitem');
    await expect(answers).toHaveCount(question.options.length);
    for (const [index, option] of question.options.entries()) {
      await expect(answers.nth(index)).toContainText(option.label);
    }
  }
  await expect(main.getByRole('radio')).toHaveCount(0);
  for (const id of archetypeOrder) {
    await expect(
      main.getByRole('link', {name: `The ${label(id)} guide`}),
    ).toHaveAttribute('href', `/docs/${archetypes[id].docId}/`);
  }
  await context.close();
});
