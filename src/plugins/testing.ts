/**
 * For the plugins' tests: actions that record what a plugin did instead of
 * writing a site, and its `contentLoaded` run with them.
 */
import type {Plugin, RouteConfig} from '@docusaurus/types';

/** `dataDir` is where createData says it wrote (the plugin's generated folder). */
export function recordingActions(dataDir = '/generated') {
  /** The data files the plugin created, by name. */
  const created: Record<string, string> = {};
  const routes: RouteConfig[] = [];
  const actions = {
    createData: async (name: string, data: string) => {
      created[name] = data;
      return `${dataDir}/${name}`;
    },
    addRoute: (route: RouteConfig) => routes.push(route),
    setGlobalData: () => {},
  };
  return {created, routes, actions};
}

export async function contentLoadedBy<Content>(
  plugin: Plugin<Content>,
  content: Content,
  dataDir?: string,
) {
  const recorded = recordingActions(dataDir);
  await plugin.contentLoaded!({
    content,
    actions: recorded.actions,
    allContent: {},
  } as never);
  return recorded;
}
