/**
 * The teams table: filters by archetype, stage and cluster, keeps them in the
 * URL, and survives a reload. Expected counts come from src/data/teams.yaml
 * itself, so the test follows the data.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {parse} from 'yaml';

interface RawTeam {
  id: string;
  name: string;
  archetype: string;
  stage: string;
  clusters?: string[];
  customFeatures?: string[];
}

const teams = (
  parse(
    readFileSync(join(__dirname, '..', 'src', 'data', 'teams.yaml'), 'utf8'),
  ) as {teams: RawTeam[]}
).teams;

const count = (keep: (team: RawTeam) => boolean) => teams.filter(keep).length;

function table(page: Page) {
  return page.getByRole('region', {name: 'Teams on the platform'});
}

function filter(page: Page, name: 'Archetype' | 'Stage' | 'Cluster') {
  return page.getByRole('combobox', {name, exact: true});
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
}

async function expectRows(page: Page, expected: number) {
  await expect(page.getByRole('status')).toHaveText(
    `Showing ${expected} of ${teams.length} teams`,
  );
  await expect(table(page).getByRole('rowheader')).toHaveCount(expected);
}

test.beforeAll(() => {
  // The filters below must each narrow the list, or they prove nothing.
  expect(count((t) => t.archetype === 'NaN')).toBeGreaterThan(0);
  expect(count((t) => t.archetype === 'NaN')).toBeLessThan(teams.length);
});

test('filters by archetype and keeps the filter in the URL across a reload', async ({
  page,
}) => {
  await open(page, '/teams');
  await expectRows(page, teams.length);

  await filter(page, 'Archetype').selectOption('NaN');
  await expect(page).toHaveURL(/\/teams\/\?archetype=NaN$/);
  const expected = count((t) => t.archetype === 'NaN');
  await expectRows(page, expected);
  for (const row of await table(page).getByRole('row').all()) {
    const header = await row.getByRole('columnheader').count();
    if (header === 0) {
      await expect(row.getByRole('cell').first()).toContainText('NaN');
    }
  }

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
  await expect(filter(page, 'Archetype')).toHaveValue('NaN');
  await expectRows(page, expected);
});

test('combines stage and cluster filters, and clears them', async ({page}) => {
  await open(page, '/teams');
  await filter(page, 'Stage').selectOption('live');
  await filter(page, 'Cluster').selectOption('cloud');
  await expect(page).toHaveURL(/\?stage=live&cluster=cloud$/);
  const expected = count(
    (t) => t.stage === 'live' && (t.clusters ?? []).includes('cloud'),
  );
  expect(expected).toBeGreaterThan(0);
  await expectRows(page, expected);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
  await expect(filter(page, 'Stage')).toHaveValue('live');
  await expect(filter(page, 'Cluster')).toHaveValue('cloud');
  await expectRows(page, expected);

  await page.getByRole('button', {name: 'Clear filters'}).click();
  await expect(page).toHaveURL(/\/teams\/$/);
  await expectRows(page, teams.length);
});

test('applies a shared link and ignores values it does not know', async ({
  page,
}) => {
  // The HTML is built without a query: hydrating it must not log a mismatch.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) {
      problems.push(message.text());
    }
  });
  await open(page, '/teams?archetype=01&stage=not+started&cluster=edge');
  await expect(filter(page, 'Archetype')).toHaveValue('01');
  await expect(filter(page, 'Stage')).toHaveValue('not started');
  await expect(filter(page, 'Cluster')).toHaveValue('');
  await expectRows(
    page,
    count((t) => t.archetype === '01' && t.stage === 'not started'),
  );
  expect(problems).toEqual([]);
});

test('a team in the custom-features list leads to its row, past any filter', async ({
  page,
}) => {
  // A team that depends on a custom feature but is hidden by the filter.
  const team = teams.find(
    (t) => (t.customFeatures ?? []).length > 0 && t.stage !== 'not started',
  )!;
  await open(page, '/teams?stage=not+started');
  await expect(
    table(page).getByRole('rowheader', {name: team.name}),
  ).toHaveCount(0);
  await page
    .getByRole('region', {name: /^Custom features/})
    .getByRole('link', {name: team.name, exact: true})
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/teams/#team-${team.id}$`));
  await expectRows(page, teams.length);
  await expect(
    table(page).getByRole('rowheader', {name: new RegExp(`^${team.name}`)}),
  ).toBeInViewport();
});

test('the charts have text alternatives', async ({page}) => {
  await open(page, '/teams');
  await expect(
    page.getByRole('img', {name: /^Bar chart of teams by archetype and stage/}),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {name: /^Stacked area chart of the \d+ teams/}),
  ).toBeVisible();
  await page.getByText('Teams by archetype and stage as a table').click();
  await expect(
    page.getByRole('region', {name: 'Teams by archetype and stage'}),
  ).toBeVisible();
});
