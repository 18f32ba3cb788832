/**
 * The knowledge base's docs instance, named once. Its plugin id says "this
 * page is an answer" (`useActivePlugin()?.pluginId === KB_PLUGIN_ID`); the
 * answers' folder, their URLs (/kb/…) and their sidebar share the name.
 */
export const KB_PLUGIN_ID = 'kb';

/** The answers' folder, from the site directory. */
export const KB_DIR = KB_PLUGIN_ID;

/** Where the answers and the landing page are served, under the base URL. */
export const KB_ROUTE_BASE_PATH = KB_PLUGIN_ID;

/** The landing page, as a site path (Link adds the base URL). */
export const KB_LANDING_PATH = `/${KB_ROUTE_BASE_PATH}`;

/** The one sidebar of the instance: the topics. */
export const KB_SIDEBAR_ID = KB_PLUGIN_ID;
