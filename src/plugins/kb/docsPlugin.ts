/**
 * The knowledge base's docs instance: @docusaurus/plugin-content-docs with
 * the options of ./docs.ts, minus two things every page would pay for at
 * thousands of answers:
 * - the list of every answer in the global data, which main.js carries to
 *   every page of the site (at 3,000 answers: 285 KB, 17 KB compressed). The
 *   theme reads that list for the version menu and `doc` navbar items, which
 *   this one-version instance has none of; answer pages read their own data
 *   from their route;
 * - the title and description of every answer in the version's route data,
 *   which every answer page loads (at 3,000 answers: 911 KB, 40 KiB
 *   compressed). The theme reads them only through `useDocById`, for a doc
 *   card of a sidebar item that names a doc; the kb sidebar links topics,
 *   so only the docs its items name stay (`withSidebarDocsOnly`);
 * - the tag pages (/kb/tags/, /kb/tags/<tag>/). They list every answer with a
 *   tag, which the /kb landing does with its tag filter (at 3,000 answers a
 *   tag page was 141 KiB of HTML, and each was a route in main.js). Their old
 *   addresses redirect to the filtered landing (`kbTagRedirects`).
 */
import docsPlugin, {
  validateOptions,
  type LoadedContent,
  type PluginOptions,
} from '@docusaurus/plugin-content-docs';
import type {
  PropSidebarItem,
  PropVersionMetadata,
} from '@docusaurus/plugin-content-docs';
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';
import type {
  LoadContext,
  Plugin,
  PluginContentLoadedActions,
  RouteConfig,
} from '@docusaurus/types';

import {KB_LANDING_PATH, KB_ROUTE_BASE_PATH} from '../../lib/kb/instance';
import {tagFilterPath} from '../../lib/kb/landing';
import {readKbTags} from './read';

/** The route tree without the routes that render `components`. */
export function withoutComponents(
  route: RouteConfig,
  components: ReadonlySet<string>,
): RouteConfig {
  if (!route.routes) {
    return route;
  }
  return {
    ...route,
    routes: route.routes
      .filter((child) => !components.has(child.component))
      .map((child) => withoutComponents(child, components)),
  };
}

/** The ids of the docs that sidebar items name (`docId`), at any depth. */
function sidebarDocIds(items: readonly PropSidebarItem[]): string[] {
  return items.flatMap((item) => [
    ...('docId' in item && typeof item.docId === 'string' ? [item.docId] : []),
    ...(item.type === 'category' ? sidebarDocIds(item.items) : []),
  ]);
}

/**
 * The route tree with each version's `docs` data (id, title and description
 * of every doc) cut to the docs its sidebars name: `useDocById`, the only
 * reader, looks up the `docId` of a sidebar item to draw its doc card.
 */
export function withSidebarDocsOnly(route: RouteConfig): RouteConfig {
  const version = (route.props as {version?: PropVersionMetadata} | undefined)
    ?.version;
  const routes = route.routes?.map(withSidebarDocsOnly);
  if (!version?.docs || !version.docsSidebars) {
    return routes ? {...route, routes} : route;
  }
  const named = new Set(
    Object.values(version.docsSidebars).flatMap(sidebarDocIds),
  );
  const docs = Object.fromEntries(
    Object.entries(version.docs).filter(([id]) => named.has(id)),
  );
  return {
    ...route,
    ...(routes && {routes}),
    props: {...route.props, version: {...version, docs}},
  };
}

/** The global data without the list of docs of each version. */
export function withoutDocList(data: GlobalPluginData): GlobalPluginData {
  return {
    ...data,
    versions: data.versions.map((version) => ({...version, docs: []})),
  };
}

/** Each old tag page's address and where it now leads: the landing filtered by the tag. */
export function kbTagRedirects(siteDir: string): {from: string; to: string}[] {
  const tagsPath = `/${KB_ROUTE_BASE_PATH}/tags/`;
  // The redirect plugin writes `/kb?tags=…` whatever the slash; static
  // hosts answer `/kb` with a redirect to `/kb/` that keeps the query.
  const landing = `${KB_LANDING_PATH}/`;
  return [
    {from: tagsPath, to: landing},
    ...readKbTags(siteDir).map((tag) => ({
      from: `${tagsPath}${tag.id}/`,
      to: tagFilterPath(landing, tag.id),
    })),
  ];
}

export default async function kbDocsPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const plugin = await docsPlugin(context, options);
  const dropped = new Set([
    options.docTagsListComponent,
    options.docTagDocListComponent,
  ]);
  return {
    ...plugin,
    async contentLoaded({content, actions}) {
      const trimmed: PluginContentLoadedActions = {
        ...actions,
        addRoute: (route) =>
          actions.addRoute(
            withSidebarDocsOnly(withoutComponents(route, dropped)),
          ),
        setGlobalData: (data) =>
          actions.setGlobalData(withoutDocList(data as GlobalPluginData)),
      };
      await plugin.contentLoaded!({content, actions: trimmed});
    },
  };
}

export {validateOptions};
