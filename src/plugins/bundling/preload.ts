/**
 * Replaces Docusaurus' client `preload` (@docusaurus/core/lib/client/preload.js)
 * in the browser's production bundle. Docusaurus calls it before it first
 * renders a page, before every navigation and when a link is hovered: it
 * matches the path against the route tree and loads the matched routes'
 * components. The tree in main.js no longer holds the leaves that multiply
 * with the site (./routeTable.cjs), so this loads the part that holds the
 * path's route first, then does what Docusaurus' does.
 */
import routes, * as generated from '@generated/routes';
import {matchRoutes} from 'react-router-config';

type LoadRouteParts = (paths: string[]) => Promise<unknown>;

const {loadRouteParts} = generated as unknown as {
  loadRouteParts?: LoadRouteParts;
};
if (typeof loadRouteParts !== 'function') {
  throw new Error(
    'src/plugins/bundling/preload.ts: @generated/routes has no loadRouteParts; the rules of src/plugins/bundling/routeTable.cjs did not apply.',
  );
}

export default function preload(pathname: string): Promise<unknown> {
  const paths = Array.from(new Set([pathname, decodeURI(pathname)]));
  return loadRouteParts!(paths).then(() =>
    Promise.all(
      paths
        .flatMap((path) => matchRoutes(routes, path))
        .map((match) => match.route.component.preload?.()),
    ),
  );
}
