/**
 * Community events from blog posts tagged `events`. The blog plugin decides
 * which posts are published (drafts and unlisted posts are left out) and
 * their URLs; the `event` front matter is read again from the source file
 * with the `yaml` package, because the blog plugin's YAML 1.1 parser turns
 * `2026-12-03T14:00:00+01:00` into a Date and loses whether an offset was
 * written at all.
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import matter from 'gray-matter';
import {parse as parseYaml} from 'yaml';

import type {CommunityEvent} from '../../lib/events/model';
import {parseEventFrontMatter} from '../../lib/events/schema';

export const EVENTS_TAG = 'events';

/** The parts of a blog post (plugin-content-blog's BlogPost) used here. */
export interface BlogPostLike {
  readonly metadata: {
    readonly source: string;
    readonly permalink: string;
    readonly title: string;
    readonly description: string;
    readonly date: Date | string;
    readonly unlisted: boolean;
  };
}

/** `@site/blog/x.md` → `blog/x.md` (the path a contributor knows). */
export function sitePath(source: string): string {
  return source.replace(/^@site\//, '');
}

function frontMatterOf(source: string): Record<string, unknown> {
  const {data} = matter(source, {
    engines: {yaml: (text: string) => (parseYaml(text) ?? {}) as object},
  });
  return data;
}

function tagsOf(frontMatter: Record<string, unknown>): string[] {
  const tags = frontMatter.tags;
  return Array.isArray(tags)
    ? tags.filter((tag): tag is string => typeof tag === 'string')
    : [];
}

/** The last segment of the post's URL: stable, readable, safe in file names. */
function eventId(permalink: string, file: string): string {
  const id = permalink.replace(/\/+$/, '').split('/').at(-1) ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    throw new Error(
      `${file}: the post's URL ends in "${id}", which cannot name the event's calendar file; give the post a slug of letters, digits and dashes.`,
    );
  }
  return id;
}

export async function eventsFromBlogPosts(
  posts: readonly BlogPostLike[],
  siteDir: string,
): Promise<CommunityEvent[]> {
  const events: CommunityEvent[] = [];
  const files = new Map<string, string>();
  for (const {metadata} of posts) {
    const file = sitePath(metadata.source);
    const frontMatter = frontMatterOf(
      await readFile(join(siteDir, file), 'utf8'),
    );
    const tagged = tagsOf(frontMatter).includes(EVENTS_TAG);
    if (!tagged) {
      if (frontMatter.event !== undefined) {
        throw new Error(
          `${file}: the post has "event" front matter but is not tagged "${EVENTS_TAG}"; add the tag so the event is listed, or remove the event field.`,
        );
      }
      continue;
    }
    const event = parseEventFrontMatter(frontMatter.event, file);
    if (metadata.unlisted) {
      continue;
    }
    const id = eventId(metadata.permalink, file);
    const clash = files.get(id);
    if (clash) {
      throw new Error(
        `${file}: its URL ends in "${id}" like ${clash}; give one of the posts another slug so each event has its own calendar file.`,
      );
    }
    files.set(id, file);
    events.push({
      id,
      title: metadata.title,
      description: metadata.description,
      permalink: metadata.permalink,
      start: event.start,
      end: event.end,
      ...(event.location ? {location: event.location} : {}),
      ...(event.call_link ? {callLink: event.call_link} : {}),
      ...(event.signup_link ? {signupLink: event.signup_link} : {}),
      calendarPath: `/events/${id}.ics`,
      announced: new Date(metadata.date).toISOString().slice(0, 10),
    });
  }
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
