/**
 * The events page decides in the browser what is upcoming, so a build stays
 * right as time passes. Each test sets the browser's clock, then checks the
 * invitations and recaps and their order. The events are read back from the
 * built /events.ics with ical.js, an independent iCalendar parser.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import ICAL from 'ical.js';

import {BUILD_DIR} from '../scripts/lib/sitemap';

interface FeedEvent {
  uid: string;
  title: string;
  start: number;
  end: number;
}

function readFeed(text: string): FeedEvent[] {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .map((event) => ({
      uid: event.uid,
      title: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
    }))
    .sort((a, b) => a.start - b.start);
}

const events = readFeed(readFileSync(join(BUILD_DIR, 'events.ics'), 'utf8'));
const MINUTE = 60_000;

async function openAt(page: Page, path: string, time: number) {
  await page.clock.setFixedTime(new Date(time));
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
}

const upcoming = (page: Page) =>
  page.getByRole('region', {name: 'Upcoming events'});
const past = (page: Page) =>
  page.getByRole('region', {name: 'Past events and recaps'});
const titles = (region: ReturnType<typeof upcoming>) =>
  region.getByRole('heading', {level: 3});

test.beforeAll(() => {
  // Before/after tests need at least two events at different times.
  expect(events.length).toBeGreaterThanOrEqual(2);
  expect(events[0]!.end).toBeLessThanOrEqual(events[1]!.start);
});

test('before every event, all are invitations, soonest first', async ({
  page,
}) => {
  await openAt(page, '/events', events[0]!.start - 24 * 60 * MINUTE);
  await expect(titles(upcoming(page))).toHaveText(events.map((e) => e.title));
  await expect(titles(past(page))).toHaveCount(0);
  await expect(past(page)).toContainText('No event has taken place yet.');
  await expect(
    upcoming(page).getByRole('link', {name: /^Add to calendar/}),
  ).toHaveCount(events.length);
});

test('after the first event, it turns into a recap', async ({page}) => {
  const [first, ...rest] = events;
  await openAt(page, '/events', first!.end + MINUTE);
  await expect(titles(upcoming(page))).toHaveText(rest.map((e) => e.title));
  await expect(titles(past(page))).toHaveText([first!.title]);
  await expect(
    past(page).getByRole('link', {name: `Read the recap: ${first!.title}`}),
  ).toBeVisible();
  await expect(
    past(page).getByRole('link', {name: /^Add to calendar/}),
  ).toHaveCount(0);
});

test('after every event, all are recaps, latest first', async ({page}) => {
  // The HTML was built before the last event ended; switching to the
  // reader's clock after hydration must not log a mismatch.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) {
      problems.push(message.text());
    }
  });
  await openAt(page, '/events', events.at(-1)!.end + MINUTE);
  await expect(titles(past(page))).toHaveText(
    [...events].reverse().map((e) => e.title),
  );
  await expect(titles(upcoming(page))).toHaveCount(0);
  await expect(upcoming(page)).toContainText('No event is scheduled');
  expect(problems).toEqual([]);
});

test('an event in progress is still an invitation, marked as happening', async ({
  page,
}) => {
  const event = events[0]!;
  await openAt(page, '/events', event.start + MINUTE);
  const card = upcoming(page).getByRole('article').first();
  await expect(card.getByRole('heading')).toHaveText(event.title);
  await expect(card).toContainText('Happening now');
});

test('the home page invites to the next event', async ({page}) => {
  const [first, second] = events;
  await openAt(page, '/', first!.start - MINUTE);
  const section = page.getByRole('region', {name: 'Next event'});
  await expect(section.getByRole('heading', {level: 3})).toHaveText(
    first!.title,
  );
  await openAt(page, '/', first!.end + MINUTE);
  await expect(section.getByRole('heading', {level: 3})).toHaveText(
    second!.title,
  );
});

test('each add-to-calendar link serves that event with the UID of the feed', async ({
  page,
  request,
}) => {
  await openAt(page, '/events', events[0]!.start - MINUTE);
  for (const event of events) {
    const href = await upcoming(page)
      .getByRole('link', {name: `Add to calendar: ${event.title}`})
      .getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(readFeed(await response.text())).toEqual([event]);
  }
});

test('the feed is served as a calendar and parses to the same events', async ({
  request,
}) => {
  const response = await request.get('/events.ics');
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  expect(readFeed(text)).toEqual(events);
});
