/**
 * Diagrams drawn when the site is built: ./remark.ts (in the config's
 * `beforeDefaultRemarkPlugins`) writes each drawing to a `.diagramsvg` file
 * and the page imports it; this plugin tells the bundlers what such an import
 * is, and adds the stylesheet that shows the drawing of the colour mode.
 *
 * Both bundles get the file's address (`asset/resource`, the same
 * `assets/diagrams/<hash>.svg` in both, so the server's HTML and the browser
 * agree); the browser's build writes the file. The `.svg` extension of the
 * output gives the file the type hosts serve SVG images with; the source
 * extension keeps it from SVGR, which turns `.svg` imports into components.
 */
import type {Plugin} from '@docusaurus/types';

import {addCacheBuildDependencies} from '../bundlerCache';

export default function diagramsPlugin(): Plugin {
  return {
    name: 'diagrams',
    getClientModules() {
      return [require.resolve('./diagrams.css')];
    },
    configureWebpack(config, isServer) {
      // The cache keeps each page's compiled Markdown: a change to how
      // diagrams are drawn must reach it.
      addCacheBuildDependencies(config, [
        require.resolve('./remark.ts'),
        require.resolve('./render.ts'),
        require.resolve('../../lib/diagrams/diagram.ts'),
      ]);
      return {
        module: {
          rules: [
            {
              test: /\.diagramsvg$/,
              type: 'asset/resource',
              generator: {
                filename: 'assets/diagrams/[contenthash:8].svg',
                emit: !isServer,
              },
            },
          ],
        },
      };
    },
  };
}
