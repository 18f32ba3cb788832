/**
 * /support against the built site: the page works out who is on support in
 * the browser, so with the clock set months after the build it must name the
 * same engineers as the feed the build wrote, and on the days where date
 * logic breaks first (a month's edges, the year's end, both DST changes, a
 * leap day, a handoff) it must show the right day, month and crew. Also the
 * filter, the month navigation and the subscribe links. Every clock a test
 * reads is pinned: the build's (the feed's DTSTAMP) and the browser's.
 */
import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import ICAL from 'ical.js';

import {siteRotation} from '../src/lib/rotation/fixtures';
import type {RotationJson} from '../src/lib/rotation/json';
import {RotationSchedule} from '../src/lib/rotation/schedule';
import {buildTime, edgeMoments, HOUR, siteDate, siteTime, WEEK} from './clock';
import {sitemapPaths} from '../scripts/lib/sitemap';

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

/**
 * Noon on the 15th of the month 30 weeks after the build (site time), in the
 * middle of a shift, and that shift's events in the feed. The 15th never
 * shows in a neighbouring month's grid, so "today" belongs to one month.
 */
async function farAfterBuild(request: APIRequestContext) {
  const events = await readFeed(request, '/support/rotation.ics');
  const builtAt = buildTime();
  expect(events[0]!.stamp, 'the feed is stamped with the build time').toBe(
    builtAt,
  );
  const [year, month] = siteDate(builtAt + 30 * WEEK)
    .month.split('-')
    .map(Number) as [number, number];
  const moment = siteTime(year, month, 15, 12, 0);
  const running = events.filter((e) => e.start <= moment && moment < e.end);
  return {builtAt, moment, events: running};
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
  await expect(today).toContainText('15');

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

  // The JSON feed: served as JSON, with the team feed's shifts, seat by seat.
  const json = new URL(
    (await page
      .getByRole('link', {name: /\/support\/rotation\.json$/})
      .getAttribute('href'))!,
  ).pathname;
  expect(json).toBe('/support/rotation.json');
  const response = await request.get(json);
  expect(response.headers()['content-type']).toContain('application/json');
  const document = (await response.json()) as RotationJson;
  const team = await readFeed(request, '/support/rotation.ics');
  expect(
    document.shifts.flatMap((shift) =>
      shift.seats.map((seat) => ({
        summary: `Support ${seat.seat}: ${seat.name}`,
        start: Date.parse(shift.start),
        end: Date.parse(shift.end),
      })),
    ),
  ).toEqual(team.map(({summary, start, end}) => ({summary, start, end})));

  const paths = sitemapPaths();
  expect(paths).toContain('/support/');
  expect(paths.filter((path) => path.endsWith('.ics'))).toEqual([]);
});

// The page reads the reader's clock; these are the moments where that goes
// wrong first. The expected crew comes from the rotation data through the
// schedule the build uses (its logic is swept hour by hour in
// src/lib/rotation/days.test.ts); the page must show it, with the day and the
// month of the site's clocks.
test.describe('on the edge days', () => {
  const schedule = new RotationSchedule(siteRotation());
  const names = new Map(schedule.rotation.engineers.map((e) => [e.id, e.name]));

  for (const {name, instant} of edgeMoments(buildTime())) {
    test(`${name} (${new Date(instant).toISOString()}): day, month and crew`, async ({
      page,
    }) => {
      await openSupport(page, instant);
      const {date, month} = siteDate(instant);
      const [year, monthNumber] = month.split('-').map(Number) as [
        number,
        number,
      ];
      const label = new Date(
        Date.UTC(year, monthNumber - 1, 1),
      ).toLocaleDateString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const table = page.getByRole('table', {name: /Support shifts in/});
      await expect(table).toHaveAccessibleName(
        new RegExp(`Support shifts in ${label}`),
      );
      await expect(table).toHaveAttribute('data-month', month);
      const today = table.locator('td[aria-current="date"]');
      await expect(today).toHaveCount(1);
      await expect(today.locator('[aria-hidden="true"]').first()).toHaveText(
        String(Number(date.slice(8))),
      );

      const shift = schedule.shiftAt(instant)!;
      const people = page
        .getByRole('region', {name: 'On support now'})
        .getByRole('listitem');
      await expect(people).toHaveCount(shift.seats.length);
      for (const [i, seat] of shift.seats.entries()) {
        await expect(people.nth(i)).toContainText(new RegExp(seat.seat, 'i'));
        await expect(people.nth(i)).toContainText(names.get(seat.engineer)!);
      }
    });
  }

  test('the edges are the ones named', () => {
    const moments = edgeMoments(buildTime());
    const dates = moments.map((m) => siteDate(m.instant).date);
    expect(dates.some((d) => d.endsWith('-02-29'))).toBe(true);
    expect(dates.some((d) => d.endsWith('-12-31'))).toBe(true);
    // Both DST changes: the site's offset an hour before and after differs.
    const offset = (t: number) =>
      new Date(t).toLocaleString('en', {
        timeZone: schedule.rotation.timeZone,
        timeZoneName: 'shortOffset',
      });
    for (const label of ['the spring DST change', 'the autumn DST change']) {
      const t = moments.find((m) => m.name === label)!.instant;
      expect(
        offset(t - 2 * HOUR)
          .split(' ')
          .at(-1),
        label,
      ).not.toBe(
        offset(t + 2 * HOUR)
          .split(' ')
          .at(-1),
      );
    }
    const handoff = moments.find((m) => m.name === 'the minute of a handoff')!;
    expect(schedule.indexAt(handoff.instant)).toBe(
      schedule.indexAt(handoff.instant - 60_000) + 1,
    );
  });
});
