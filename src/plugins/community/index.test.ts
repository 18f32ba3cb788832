/**
 * The plugin over the real data: it writes the JSON its components import,
 * and serves /teams and /events with its own theme components.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';

import {contentLoadedBy, recordingActions} from '../testing';
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

const DATA_DIR = '/generated/community/default';

describe('the community plugin', () => {
  it('writes the teams it loaded and serves /teams', async () => {
    const instance = plugin();
    const content = await instance.loadContent!();
    const {created, routes} = await contentLoadedBy(
      instance,
      content,
      DATA_DIR,
    );
    expect(JSON.parse(created['teams.json']!)).toEqual(content);
    expect(JSON.parse(created['summary.json']!)).toEqual({
      figures: content.figures,
    });
    expect(routes).toEqual([
      {
        path: '/teams',
        exact: true,
        component: '@theme/TeamsPage',
      },
    ]);
  });

  it('writes the events of the blog and serves /events', async () => {
    const instance = plugin();
    const {created, routes, actions} = recordingActions(DATA_DIR);
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
