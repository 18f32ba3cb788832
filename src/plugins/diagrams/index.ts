/**
 * Diagrams drawn when the site is built: ./remark.ts (in the config's
 * `beforeDefaultRemarkPlugins`) writes each drawing to a `.diagramsvg` file
 * and the page imports it; this plugin tells the bundlers what such an import
 * is, and adds the stylesheet that shows the drawing of the colour mode.
 *
 * - The server's bundle gets the file's text (`asset/source`): the page's
 *   HTML holds the SVG inline.
 * - The browser's bundle gets the file's address (`asset/resource`, written
 *   as `assets/diagrams/<hash>.svg`): the script carries no drawing, and a
 *   diagram on a page reached by a link loads the same file as an image
 *   (./Diagram.tsx).
 */
import type {Plugin} from '@docusaurus/types';

export default function diagramsPlugin(): Plugin {
  return {
    name: 'diagrams',
    getClientModules() {
      return [require.resolve('./diagrams.css')];
    },
    configureWebpack(_config, isServer) {
      return {
        module: {
          rules: [
            isServer
              ? {test: /\.diagramsvg$/, type: 'asset/source'}
              : {
                  test: /\.diagramsvg$/,
                  type: 'asset/resource',
                  generator: {filename: 'assets/diagrams/[contenthash:8].svg'},
                },
          ],
        },
      };
    },
  };
}
