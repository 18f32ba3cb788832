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
 * - The chunk registry in main.js loses the module path of each chunk, which
 *   only the server reads (26 KiB), and the chunks lose their names, whose
 *   map (36 KiB) only served prefetching every link in view; links still
 *   load their page's chunks when the pointer reaches them
 *   (./registryLoader.cjs).
 */
import type {Plugin} from '@docusaurus/types';

export default function bundlingPlugin(): Plugin {
  return {
    name: 'bundling',
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') {
        return {};
      }
      return {
        output: {chunkFilename: 'assets/js/[id].[contenthash:8].js'},
        module: {
          rules: [
            {
              test: /[\\/]\.docusaurus[\\/]registry\.js$/,
              use: [{loader: require.resolve('./registryLoader.cjs')}],
            },
          ],
        },
      };
    },
  };
}
