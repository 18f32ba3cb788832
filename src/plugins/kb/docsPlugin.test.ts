/**
 * The kb docs instance leaves out what every page of the site would pay for:
 * the list of every answer in the global data, every answer's title and
 * description in the route data, and the tag pages, whose
 * addresses redirect to the filtered landing.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {RouteConfig} from '@docusaurus/types';
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';
import {afterEach, describe, expect, it} from 'vitest';

import {
  kbTagRedirects,
  withoutComponents,
  withoutDocList,
  withSidebarDocsOnly,
} from './docsPlugin';

const TAGS_LIST = '@theme/DocTagsListPage';
const TAG_DOCS = '@theme/DocTagDocListPage';

/** The shape the docs plugin adds: root › version › [sidebar › docs, tags list, tag pages]. */
const tree: RouteConfig = {
  path: '/kb/',
  component: '@theme/DocsRoot',
  routes: [
    {
      path: '/kb/',
      component: '@theme/DocVersionRoot',
      routes: [
        {
          path: '/kb/',
          component: '@theme/DocRoot',
          routes: [
            {path: '/kb/dns/a/', component: '@theme/DocItem', exact: true},
            {path: '/kb/dns/b/', component: '@theme/DocItem', exact: true},
          ],
        },
        {path: '/kb/tags/', component: TAGS_LIST, exact: true},
        {path: '/kb/tags/dns/', component: TAG_DOCS, exact: true},
      ],
    },
  ],
};

function paths(route: RouteConfig): string[] {
  return [route.path, ...(route.routes ?? []).flatMap(paths)];
}

describe('withoutComponents', () => {
  it('drops the tag pages at any depth and keeps every answer', () => {
    const pruned = withoutComponents(tree, new Set([TAGS_LIST, TAG_DOCS]));
    expect(paths(pruned)).toEqual([
      '/kb/',
      '/kb/',
      '/kb/',
      '/kb/dns/a/',
      '/kb/dns/b/',
    ]);
  });

  it('leaves a tree without those components as it was', () => {
    expect(withoutComponents(tree, new Set(['@theme/Other']))).toEqual(tree);
  });
});

describe('withoutDocList', () => {
  it('empties each version’s list of docs and keeps the rest', () => {
    const data: GlobalPluginData = {
      path: '/kb',
      breadcrumbs: true,
      versions: [
        {
          name: 'current',
          label: 'Next',
          isLast: true,
          path: '/kb',
          mainDocId: 'dns/a',
          docs: [
            {id: 'dns/a', path: '/kb/dns/a/', sidebar: 'kb'},
            {id: 'dns/b', path: '/kb/dns/b/', sidebar: 'kb'},
          ],
          draftIds: [],
          sidebars: {kb: {link: {path: '/kb/', label: 'All answers'}}},
        },
      ],
    };
    const trimmed = withoutDocList(data);
    expect(trimmed.versions[0]!.docs).toEqual([]);
    expect({...trimmed.versions[0], docs: undefined}).toEqual({
      ...data.versions[0],
      docs: undefined,
    });
    expect(trimmed.path).toBe('/kb');
  });
});

describe('kbTagRedirects', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('sends the tags list to the landing and each tag to the landing filtered by it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-redirects-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'kb'));
    writeFileSync(
      join(dir, 'kb', 'tags.yml'),
      'dns:\n  label: DNS\n  description: Names\ngitops:\n  label: GitOps\n  description: Syncs\n',
    );
    expect(kbTagRedirects(dir)).toEqual([
      {from: '/kb/tags/', to: '/kb/'},
      {from: '/kb/tags/dns/', to: '/kb/?tags=dns'},
      {from: '/kb/tags/gitops/', to: '/kb/?tags=gitops'},
    ]);
  });
});

describe('withSidebarDocsOnly', () => {
  const doc = (id: string) => ({
    id,
    title: `Title of ${id}`,
    description: `What ${id} answers`,
    sidebar: 'kb',
  });
  const versionRoute = (sidebar: unknown[]): RouteConfig => ({
    ...tree,
    routes: [
      {
        ...tree.routes![0]!,
        props: {
          version: {
            pluginId: 'kb',
            version: 'current',
            docsSidebars: {kb: sidebar},
            docs: {
              'dns/a': doc('dns/a'),
              'dns/b': doc('dns/b'),
              'dns/c': doc('dns/c'),
            },
          },
        },
      },
    ],
  });
  const docsOf = (route: RouteConfig) =>
    Object.keys(
      (route.routes![0]!.props as {version: {docs: object}}).version.docs,
    );

  it('keeps no doc when the sidebar only links topics', () => {
    const route = versionRoute([
      {type: 'link', label: 'All answers', href: '/kb'},
      {type: 'link', label: 'DNS', href: '/kb?tags=dns'},
    ]);
    const trimmed = withSidebarDocsOnly(route);
    expect(docsOf(trimmed)).toEqual([]);
    expect(paths(trimmed)).toEqual(paths(route));
  });

  it('keeps the docs that sidebar items name, in categories too, for their doc cards', () => {
    const route = versionRoute([
      {type: 'link', label: 'A', href: '/kb/dns/a/', docId: 'dns/a'},
      {
        type: 'category',
        label: 'More',
        collapsed: true,
        collapsible: true,
        items: [{type: 'link', label: 'C', href: '/kb/dns/c/', docId: 'dns/c'}],
      },
    ]);
    expect(docsOf(withSidebarDocsOnly(route)).sort()).toEqual([
      'dns/a',
      'dns/c',
    ]);
  });
});
