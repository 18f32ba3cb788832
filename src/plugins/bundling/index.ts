/**
 * How the browser's bundle is cut, so that what every page loads first grows
 * as little as possible with the number of pages (figures from `npm run
 * bench` at 4,000 pages, gzip-compressed):
 *
 * - Script files are named by chunk id, not by chunk name
 *   (`assets/js/<id>.<hash>.js`). Docusaurus names each route's chunk after a
 *   hash of its source, so the webpack runtime carried a map from every
 *   chunk's id to that name, beside the map to its content hash: 36 KiB of
 *   the runtime's 113 KiB. Files keep a content hash, so they can still be
 *   cached for good.
 * - The route table in main.js keeps the routes Docusaurus renders at start
 *   and the lists of nested routes; their leaves (docs, answers, docs tag
 *   pages) load in parts, by a hash of their path (./routeTable.cjs, read by
 *   ./preload.ts, which replaces Docusaurus' client preload). The registry
 *   loses each chunk's module path and name (./routeTable.cjs says why).
 *
 * The server's build is left as Docusaurus makes it, and so is `npm start`.
 */
import {readFileSync} from 'node:fs';
import type {Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

import {addCacheBuildDependencies} from '../bundlerCache';

/** Docusaurus' client preload, which ./preload.ts replaces. */
const DOCUSAURUS_PRELOAD =
  require.resolve('@docusaurus/core/lib/client/preload.js');
const PRELOAD = require.resolve('./preload.ts');
const ROUTE_TABLE = require.resolve('./routeTable.cjs');

/** Throws, naming what to update, unless Docusaurus' preload is the one ./preload.ts rewrites. */
export function checkDocusaurusPreload(source: string): void {
  const expected = [
    "import routes from '@generated/routes';",
    '.map((p) => matchRoutes(routes, p))',
    'match.route.component.preload?.()',
  ];
  const missing = expected.filter((line) => !source.includes(line));
  if (missing.length > 0) {
    throw new Error(
      `src/plugins/bundling: Docusaurus' client preload (${DOCUSAURUS_PRELOAD}) changed: it no longer has ${missing.map((line) => JSON.stringify(line)).join(', ')}. Compare it with src/plugins/bundling/preload.ts, which replaces it, and update that file and this check.`,
    );
  }
}

export default function bundlingPlugin(): Plugin {
  return {
    name: 'bundling',
    configureWebpack(config, isServer, utils) {
      if (isServer || process.env.NODE_ENV !== 'production') {
        return {};
      }
      addCacheBuildDependencies(config, [
        require.resolve('./index.ts'),
        PRELOAD,
        ROUTE_TABLE,
      ]);
      checkDocusaurusPreload(readFileSync(DOCUSAURUS_PRELOAD, 'utf8'));
      const bundler = utils.currentBundler.instance;
      return {
        output: {chunkFilename: 'assets/js/[id].[contenthash:8].js'},
        module: {
          rules: [
            {
              test: /[\\/]\.docusaurus[\\/](routes\.js|routesChunkNames\.json|registry\.js)$/,
              use: [{loader: ROUTE_TABLE}],
            },
          ],
        },
        plugins: [
          new bundler.NormalModuleReplacementPlugin(
            /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]preload\.js$/,
            PRELOAD,
          ),
          {
            // Without the replacement, routes in parts would never load.
            apply(compiler: Compiler) {
              compiler.hooks.thisCompilation.tap('bundling', (compilation) => {
                compilation.hooks.finishModules.tap('bundling', (modules) => {
                  const resources = new Set(
                    [...modules].map(
                      (module) => (module as {resource?: string}).resource,
                    ),
                  );
                  if (
                    resources.has(DOCUSAURUS_PRELOAD) ||
                    !resources.has(PRELOAD)
                  ) {
                    compilation.errors.push(
                      new compiler.webpack.WebpackError(
                        `src/plugins/bundling: the browser's bundle uses Docusaurus' client preload, not src/plugins/bundling/preload.ts, so routes in parts would never load. Check the NormalModuleReplacementPlugin pattern against where ${DOCUSAURUS_PRELOAD} is now.`,
                      ),
                    );
                  }
                });
              });
            },
          },
        ],
      };
    },
  };
}
