/**
 * The plugin's routes over the real data: /teams and /events get their data
 * as a route prop, from the JSON the plugin wrote, and are served by its own
 * theme components.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';

import communityPlugin from './index';

const SITE_DIR = join(__dirname, '..', '..', '..');

function plugin() {
  return communityPlugin({
    siteDir: SITE_DIR,
    siteConfig: {url: 'https://example.com'},
    baseUrl: '/',
    generatedFilesDir: '/generated',
  } as LoadContext);
}

function recorder() {
  const created: Record<string, string> = {};
  const routes: {path: string; component: string; modules: unknown}[] = [];
  const actions = {
    createData: async (name: string, data: string) => {
      created[name] = data;
      return `/generated/community/default/${name}`;
    },
    addRoute: (route: (typeof routes)[number]) => routes.push(route),
    setGlobalData: () => {},
  };
  return {created, routes, actions};
}

describe('the community plugin', () => {
  it('serves /teams with the teams it loaded as its data', async () => {
    const instance = plugin();
    const content = await instance.loadContent!();
    const {created, routes, actions} = recorder();
    await instance.contentLoaded!({content, actions, allContent: {}} as never);
    expect(JSON.parse(created['teams.json']!)).toEqual(content);
    expect(JSON.parse(created['summary.json']!)).toEqual({
      figures: content.figures,
    });
    expect(routes).toEqual([
      {
        path: '/teams',
        exact: true,
        component: '@theme/TeamsPage',
        modules: {data: '@generated/community/default/teams.json'},
      },
    ]);
  });

  it('serves /events with the events of the blog', async () => {
    const instance = plugin();
    const {created, routes, actions} = recorder();
    await instance.allContentLoaded!({
      allContent: {
        'docusaurus-plugin-content-blog': {default: {blogPosts: []}},
      },
      actions,
    } as never);
    expect(JSON.parse(created['events.json']!).events).toEqual([]);
    expect(routes).toEqual([
      {
        path: '/events',
        exact: true,
        component: '@theme/EventsPage',
        modules: {data: '@generated/community/default/events.json'},
      },
    ]);
  });

  it('has every routed component in its theme folder', () => {
    const themePath = join(__dirname, plugin().getThemePath!());
    for (const name of ['TeamsPage', 'EventsPage']) {
      expect(existsSync(join(themePath, name, 'index.tsx')), name).toBe(true);
    }
  });
});
