/**
 * The knowledge base's docs instance: @docusaurus/plugin-content-docs with
 * the options of ./docs.ts, minus two things every page would pay for at
 * thousands of answers:
 * - the list of every answer in the global data, which main.js carries to
 *   every page of the site (at 3,000 answers: 285 KB, 17 KB compressed). The
 *   theme reads that list for the version menu and `doc` navbar items, which
 *   this one-version instance has none of; answer pages read their own data
 *   from their route;
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
          actions.addRoute(withoutComponents(route, dropped)),
        setGlobalData: (data) =>
          actions.setGlobalData(withoutDocList(data as GlobalPluginData)),
      };
      await plugin.contentLoaded!({content, actions: trimmed});
    },
  };
}

export {validateOptions};
