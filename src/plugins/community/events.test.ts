import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {eventsFromBlogPosts, type BlogPostLike} from './events';

let siteDir: string;

beforeEach(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'community-events-'));
  mkdirSync(join(siteDir, 'blog'));
});

afterEach(() => rmSync(siteDir, {recursive: true, force: true}));

/** Writes blog/<name>.md and returns the blog plugin's view of it. */
function post(
  name: string,
  frontMatter: string,
  metadata: Partial<BlogPostLike['metadata']> = {},
): BlogPostLike {
  writeFileSync(
    join(siteDir, 'blog', `${name}.md`),
    `---\ntitle: ${name}\n${frontMatter}\n---\n\nText.\n\n<!-- truncate -->\n`,
  );
  return {
    metadata: {
      source: `@site/blog/${name}.md`,
      permalink: `/blog/${name.replace(/^\d{4}-\d{2}-\d{2}-/, '')}`,
      title: name,
      description: `About ${name}`,
      date: new Date('2026-11-20T00:00:00Z'),
      unlisted: false,
      ...metadata,
    },
  };
}

const demoEvent = `tags: [events]
event:
  start: 2026-12-03T14:00:00+01:00
  end: 2026-12-03T15:00:00+01:00
  location: Auditorium B, Copenhagen office
  signup_link: https://forms.northwind.example/platform-demo`;

describe('eventsFromBlogPosts', () => {
  it('turns a post tagged events into an event, keeping the written offset', async () => {
    const events = await eventsFromBlogPosts(
      [post('2026-11-20-platform-demo', demoEvent)],
      siteDir,
    );
    expect(events).toEqual([
      {
        id: 'platform-demo',
        title: '2026-11-20-platform-demo',
        description: 'About 2026-11-20-platform-demo',
        permalink: '/blog/platform-demo',
        start: '2026-12-03T14:00:00+01:00',
        end: '2026-12-03T15:00:00+01:00',
        location: 'Auditorium B, Copenhagen office',
        signupLink: 'https://forms.northwind.example/platform-demo',
        calendarPath: '/events/platform-demo.ics',
        announced: '2026-11-20',
      },
    ]);
  });

  it('ignores posts without the tag, and sorts events by start', async () => {
    const events = await eventsFromBlogPosts(
      [
        post('later', demoEvent.replaceAll('2026-12-03', '2027-01-21')),
        post('release-notes', 'tags: [release]'),
        post('sooner', demoEvent),
      ],
      siteDir,
    );
    expect(events.map((event) => event.id)).toEqual(['sooner', 'later']);
  });

  it('leaves unlisted posts out', async () => {
    const events = await eventsFromBlogPosts(
      [post('secret', demoEvent, {unlisted: true})],
      siteDir,
    );
    expect(events).toEqual([]);
  });

  it('fails on a post tagged events without an event, naming the file', async () => {
    await expect(
      eventsFromBlogPosts(
        [post('no-event', 'tags: [events, community]')],
        siteDir,
      ),
    ).rejects.toThrow(/blog\/no-event\.md: .*no "event" front matter/);
  });

  it('fails on a time written without an offset, naming the file and field', async () => {
    await expect(
      eventsFromBlogPosts(
        [post('local-time', demoEvent.replace('T14:00:00+01:00', 'T14:00:00'))],
        siteDir,
      ),
    ).rejects.toThrow(
      /blog\/local-time\.md: .*\n.*event\.start: must be an ISO 8601/,
    );
  });

  it('fails on an event in a post that is not tagged events', async () => {
    await expect(
      eventsFromBlogPosts(
        [
          post(
            'untagged',
            demoEvent.replace('tags: [events]', 'tags: [community]'),
          ),
        ],
        siteDir,
      ),
    ).rejects.toThrow(/blog\/untagged\.md: .*not tagged "events"/);
  });

  it('fails when two events would share a calendar file', async () => {
    await expect(
      eventsFromBlogPosts(
        [
          post('a', demoEvent, {permalink: '/blog/2026/demo'}),
          post('b', demoEvent, {permalink: '/blog/2027/demo'}),
        ],
        siteDir,
      ),
    ).rejects.toThrow(/blog\/b\.md: its URL ends in "demo" like blog\/a\.md/);
  });
});
