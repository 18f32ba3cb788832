/**
 * The community hub: validates src/data/teams.yaml against the engineers in
 * blog/authors.yml, reads the events from blog posts tagged `events`, serves
 * /teams and /events (theme/TeamsPage, theme/EventsPage) with that data, and
 * writes the iCalendar files (/events.ics and /events/<id>.ics) into the
 * build.
 *
 * The data is JSON written with createData, which the components import as
 * `@generated/community/default/<file>.json` (typed in ./generated.d.ts with
 * the types this plugin exports), so it lands in the chunks of the pages that
 * use it (/teams, /events, the home page) and nowhere else; global data would
 * put it into every page's JavaScript. Route `modules` would hand it over as a
 * prop instead, but each one adds an entry to the route registry in main.js,
 * the JavaScript of every page (about 0.1 KiB gzip with its chunk), which
 * the knowledge-base answers' budget has no room for.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';

import {site} from '../../data/site';
import {buildDate} from '../../lib/buildDate';
import {toCalendar, type CalendarOptions} from '../../lib/events/calendar';
import type {CommunityEvent, EventsData} from '../../lib/events/model';
import type {CommunitySummary, TeamsPageData} from '../../lib/teams/page';
import {eventsFromBlogPosts} from './events';
import {AUTHORS_FILE, TEAMS_FILE, loadTeams} from './teams';

/** What the plugin writes: teams.json, summary.json and events.json. */
export type {CommunitySummary, EventsData, TeamsPageData};

/** Where the feed of every event is published, under the base URL. */
export const EVENTS_FEED_PATH = '/events.ics';

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

async function writeBuildFile(
  outDir: string,
  path: string,
  text: string,
): Promise<void> {
  const file = join(outDir, path);
  await mkdir(dirname(file), {recursive: true});
  await writeFile(file, text);
}

export default function communityPlugin(
  context: LoadContext,
): Plugin<TeamsPageData> {
  const {siteDir, siteConfig} = context;
  const calendar: CalendarOptions = {
    name: `${site.platformName} events`,
    siteUrl: siteConfig.url,
    company: site.organisation,
    product: site.platformName,
  };
  // Filled by allContentLoaded, written by postBuild.
  let events: CommunityEvent[] = [];

  return {
    name: 'community',

    // The pages and the home page's parts: @theme/TeamsPage, @theme/EventsPage…
    getThemePath() {
      return './theme';
    },

    getPathsToWatch() {
      return [join(siteDir, TEAMS_FILE), join(siteDir, AUTHORS_FILE)];
    },

    async loadContent() {
      return loadTeams(siteDir);
    },

    async contentLoaded({content, actions}) {
      const summary: CommunitySummary = {figures: content.figures};
      await actions.createData('teams.json', JSON.stringify(content));
      await actions.createData('summary.json', JSON.stringify(summary));
      actions.addRoute({
        path: `${context.baseUrl}teams`,
        exact: true,
        component: '@theme/TeamsPage',
      });
    },

    async allContentLoaded({allContent, actions}) {
      const blog = allContent[BLOG_PLUGIN]?.default as BlogContent | undefined;
      if (!blog) {
        throw new Error(
          `The community plugin reads events from the blog, but the blog plugin (${BLOG_PLUGIN}, id "default") is not loaded.`,
        );
      }
      events = await eventsFromBlogPosts(blog.blogPosts, siteDir);
      const data: EventsData = {builtAt: buildDate().toISOString(), events};
      await actions.createData('events.json', JSON.stringify(data));
      actions.addRoute({
        path: `${context.baseUrl}events`,
        exact: true,
        component: '@theme/EventsPage',
      });
    },

    async postBuild({outDir}) {
      await writeBuildFile(
        outDir,
        EVENTS_FEED_PATH,
        toCalendar(events, calendar),
      );
      for (const event of events) {
        await writeBuildFile(
          outDir,
          event.calendarPath,
          toCalendar([event], {...calendar, name: event.title}),
        );
      }
    },
  };
}
