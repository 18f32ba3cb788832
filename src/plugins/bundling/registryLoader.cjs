/* global module */
/**
 * Rspack loader for the browser's copy of Docusaurus' chunk registry
 * (.docusaurus/registry.js): it drops the module path of every chunk.
 *
 * Each entry is `[load, "@site/kb/dns/answer.md", require.resolveWeak(…)]`.
 * The path string is what react-loadable reports while the server renders a
 * page, to list the chunks the page needs; the browser never reads it (it
 * loads with `load` and checks readiness with the module id). The registry
 * is in main.js, so every page paid for the path of every other page: 26 KiB
 * of the 317 KiB of main.js at 4,000 pages (gzip-compressed), measured with
 * `npm run bench`. The server's build keeps the strings.
 *
 * CommonJS: the bundler runs loaders in its own Node, without TypeScript.
 */
'use strict';

/** One registry entry: the loader, the module path, the module id. */
const ENTRY =
  /(\[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ "[^"]+"\)), "(?:[^"\\]|\\.)+", (require\.resolveWeak\()/g;

/** The registry's source without module paths; throws if an entry is not understood. */
function withoutModulePaths(source) {
  const entries = (source.match(/require\.resolveWeak\(/g) || []).length;
  let replaced = 0;
  const result = source.replace(ENTRY, (_match, load, weak) => {
    replaced += 1;
    return `${load}, "", ${weak}`;
  });
  if (replaced !== entries) {
    throw new Error(
      `src/plugins/bundling/registryLoader.cjs understood ${replaced} of the ${entries} entries of .docusaurus/registry.js: Docusaurus changed its format. Update ENTRY, or remove the loader from src/plugins/bundling/index.ts.`,
    );
  }
  return result;
}

module.exports = function registryLoader(source) {
  return withoutModulePaths(source);
};
module.exports.withoutModulePaths = withoutModulePaths;
