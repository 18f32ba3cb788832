/**
 * /support against the built site: the page works out who is on support in
 * the browser, so with the clock set months after the build it must name the
 * same engineers as the feed the build wrote. Also the filter, the month
 * navigation and the subscribe links.
 */
import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import ICAL from 'ical.js';

import {sitemapPaths} from './sitemap';

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;

interface FeedEvent {
  readonly summary: string;
  readonly start: number;
  readonly end: number;
  readonly stamp: number;
}

async function readFeed(
  request: APIRequestContext,
  path: string,
): Promise<FeedEvent[]> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time)
        .toJSDate()
        .getTime(),
    };
  });
}

/** A moment 30 weeks after the build, in the middle of a shift, and that shift's events. */
async function farAfterBuild(request: APIRequestContext) {
  const events = await readFeed(request, '/support/rotation.ics');
  const builtAt = events[0]!.stamp;
  const running = (t: number) =>
    events.filter((e) => e.start <= t && t < e.end);
  const shift = running(builtAt + 30 * WEEK);
  const moment = shift[0]!.start + 2 * DAY + 3 * 3600 * 1000;
  return {builtAt, moment, events: running(moment)};
}

async function openSupport(page: Page, moment: number, query = '') {
  await page.clock.setFixedTime(new Date(moment));
  await page.goto(`/support${query}`);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
}

test('on a date far after the build, the page names the engineers of the feed', async ({
  page,
  request,
}) => {
  const {builtAt, moment, events} = await farAfterBuild(request);
  expect(moment - builtAt).toBeGreaterThan(26 * WEEK);
  expect(events.map((e) => e.summary.replace(/:.*/, ''))).toEqual([
    'Support primary',
    'Support secondary',
  ]);

  await openSupport(page, moment);
  const now = page.getByRole('region', {name: 'On support now'});
  const people = now.getByRole('listitem');
  await expect(people).toHaveCount(2);
  for (const [i, event] of events.entries()) {
    const [, seat, name] = /^Support (\w+): (.+)$/.exec(event.summary)!;
    await expect(people.nth(i)).toContainText(new RegExp(seat!, 'i'));
    await expect(people.nth(i)).toContainText(name!);
  }
  // The handoff times are the feed's, shown in the rotation's zone.
  await expect(now.locator('time').first()).toHaveAttribute(
    'datetime',
    new Date(events[0]!.start).toISOString(),
  );
  await expect(
    page.getByRole('link', {name: 'Ask in #baseplate-support'}),
  ).toBeVisible();
});

test.describe('in another time zone', () => {
  test.use({timezoneId: 'America/New_York'});

  test('shows shift times in the rotation zone and in the reader zone', async ({
    page,
    request,
  }) => {
    const {moment} = await farAfterBuild(request);
    await openSupport(page, moment);
    const now = page.getByRole('region', {name: 'On support now'});
    await expect(now).toContainText('Copenhagen time');
    await expect(now).toContainText('Your time (America/New_York)');
    await expect(
      page.getByText(
        /In your time zone \(America\/New_York\) the next handoff is at 0[23]:00/,
      ),
    ).toBeVisible();
  });
});

// The server cannot know who is on support when the page is read, so the
// browser fills the card in. Lighthouse counted the card growing by 275 px as
// a layout shift of 0.11 on a phone; the server now renders the card's shape.
for (const timezoneId of ['Europe/Copenhagen', 'America/New_York']) {
  test.describe(`on a phone in ${timezoneId}`, () => {
    test.use({timezoneId, viewport: {width: 390, height: 844}});

    test('nothing moves when the names arrive', async ({page, request}) => {
      await page.addInitScript(() => {
        const page = window as unknown as {layoutShift: number};
        page.layoutShift = 0;
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries()) {
            page.layoutShift += (entry as unknown as {value: number}).value;
          }
        }).observe({type: 'layout-shift', buffered: true});
      });
      const {moment} = await farAfterBuild(request);
      await openSupport(page, moment);
      const now = page.getByRole('region', {name: 'On support now'});
      await expect(now.getByRole('listitem')).toHaveCount(2);
      await expect(now.locator('time').first()).toBeVisible();
      const shift = await page.evaluate(
        () => (window as unknown as {layoutShift: number}).layoutShift,
      );
      // Only the reader's own time, one short line, may be added (0.03 at
      // most in another zone; "good" is below 0.1).
      expect(shift).toBeLessThanOrEqual(
        timezoneId === 'Europe/Copenhagen' ? 0.001 : 0.03,
      );
    });
  });
}

test('"show only the shifts of" filters the calendar, the list and the feed links', async ({
  page,
  request,
}) => {
  const {moment} = await farAfterBuild(request);
  await openSupport(page, moment);

  await page
    .getByLabel('Show only the shifts of')
    .selectOption({label: 'Priya Raghunathan'});
  await expect(page).toHaveURL(/[?&]engineer=priya(&|$)/);
  await expect(
    page.getByRole('heading', {name: "Priya Raghunathan's next shifts"}),
  ).toBeVisible();
  const upcoming = page
    .getByRole('list', {name: 'Upcoming shifts'})
    .locator(':scope > li');
  await expect(upcoming).toHaveCount(6);
  for (const item of await upcoming.all()) {
    await expect(item).toContainText('Priya Raghunathan');
  }

  // Her next shift on the page is the next one in her own feed.
  const feed = await readFeed(request, '/support/rotation/priya.ics');
  const next = feed
    .filter((e) => e.end > moment)
    .sort((a, b) => a.start - b.start)[0]!;
  await expect(upcoming.first().locator('time').first()).toHaveAttribute(
    'datetime',
    new Date(next.start).toISOString(),
  );
  await expect(
    page
      .getByRole('link', {name: "Subscribe to Priya Raghunathan's shifts"})
      .first(),
  ).toHaveAttribute(
    'href',
    /^webcal:\/\/[^/]+\/support\/rotation\/priya\.ics$/,
  );

  // The filter survives a reload, from the URL.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
  await expect(page.getByLabel('Show only the shifts of')).toHaveValue('priya');

  await page
    .getByLabel('Show only the shifts of')
    .selectOption({label: 'everyone'});
  await expect(page).not.toHaveURL(/engineer=/);
  await expect(
    page.getByRole('heading', {name: 'Upcoming shifts'}),
  ).toBeVisible();
});

test('the calendar moves between months by keyboard and highlights today', async ({
  page,
  request,
}) => {
  const {moment} = await farAfterBuild(request);
  await openSupport(page, moment);
  const month = (offset: number) => {
    const date = new Date(moment);
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + offset);
    return {
      label: date.toLocaleDateString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      key: date.toISOString().slice(0, 7),
    };
  };
  const table = page.getByRole('table', {name: /Support shifts in/});
  await expect(table).toHaveAccessibleName(
    new RegExp(`Support shifts in ${month(0).label}`),
  );
  await expect(page.getByRole('columnheader', {name: 'Mon'})).toBeVisible();
  const today = table.locator('td[aria-current="date"]');
  await expect(today).toHaveCount(1);
  await expect(today).toContainText('Today');
  await expect(today).toContainText(String(new Date(moment).getUTCDate()));

  await page.getByRole('button', {name: /^Next month/}).focus();
  await page.keyboard.press('Enter');
  await expect(table).toHaveAccessibleName(
    new RegExp(`Support shifts in ${month(1).label}`),
  );
  await expect(page).toHaveURL(new RegExp(`month=${month(1).key}`));
  await expect(table.locator('td[aria-current="date"]')).toHaveCount(0);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', {name: 'This month'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(table).toHaveAccessibleName(
    new RegExp(`Support shifts in ${month(0).label}`),
  );
  await expect(page).not.toHaveURL(/month=/);

  await page.getByRole('button', {name: /^Previous month/}).click();
  await page.getByRole('button', {name: /^Previous month/}).click();
  await expect(table).toHaveAccessibleName(
    new RegExp(`Support shifts in ${month(-2).label}`),
  );
  // Every shift of the month is a row group headed by its crew.
  const groups = table.getByRole('rowheader');
  expect(await groups.count()).toBeGreaterThanOrEqual(4);
  await expect(groups.first()).toContainText(/Primary .+Secondary .+/);
});

test('the subscribe links point at feeds the build wrote, which are not pages', async ({
  page,
  request,
}) => {
  const {moment} = await farAfterBuild(request);
  await openSupport(page, moment);
  await expect(
    page.getByRole('link', {name: 'Subscribe to the whole rotation'}),
  ).toHaveAttribute('href', /^webcal:\/\/[^/]+\/support\/rotation\.ics$/);
  await expect(
    page.getByRole('link', {name: 'Download .ics of the whole rotation'}),
  ).toHaveAttribute('href', /^https:\/\/[^/]+\/support\/rotation\.ics$/);

  await page.getByText("Every engineer's own feed").click();
  const downloads = page.getByRole('link', {
    name: /^Download \.ics of .+'s shifts$/,
  });
  await expect(downloads).toHaveCount(14);
  for (const link of await downloads.all()) {
    const path = new URL((await link.getAttribute('href'))!).pathname;
    const events = await readFeed(request, path);
    expect(events.length, path).toBeGreaterThan(0);
  }

  const paths = sitemapPaths();
  expect(paths).toContain('/support');
  expect(paths.filter((path) => path.endsWith('.ics'))).toEqual([]);
});
