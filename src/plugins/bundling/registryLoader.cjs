/* global module */
/**
 * Rspack loader for the browser's copy of Docusaurus' chunk registry
 * (.docusaurus/registry.js). Each entry is
 * `[() => import(/* webpackChunkName: "<name>" *\/ "<module>"), "<module>", require.resolveWeak("<module>")]`;
 * the registry is in main.js, so every page paid for every other page's
 * entry. The loader drops two things the browser does not need:
 *
 * - the module path (the second element). It is what react-loadable reports
 *   while the server renders a page, to list the chunks the page needs; the
 *   browser loads with the first element and checks readiness with the module
 *   id. 26 KiB of the 317 KiB of main.js at 4,000 pages (gzip-compressed).
 * - the chunk name. Named chunks make the webpack runtime carry a map from
 *   every name to its chunk id (Docusaurus' `__webpack_require__.gca`), 36 KiB
 *   at 4,000 pages, which only serves prefetching every link that scrolls into
 *   view: about 46 requests on each page here. Without names that prefetch
 *   finds no file and does nothing (Docusaurus skips a chunk it cannot name);
 *   a link's chunks still load when the pointer reaches it (preload) and on
 *   click, through the registry's loaders.
 *
 * The server's build keeps both. CommonJS: the bundler runs loaders in its own
 * Node, without TypeScript.
 */
'use strict';

/** One registry entry: the import (its name comment captured apart), the module path, the module id. */
const ENTRY =
  /\[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ ("[^"]+")\), "(?:[^"\\]|\\.)+", (require\.resolveWeak\()/g;

/** The registry's source without module paths or chunk names; throws if an entry is not understood. */
function forTheBrowser(source) {
  const entries = (source.match(/require\.resolveWeak\(/g) || []).length;
  let replaced = 0;
  const result = source.replace(ENTRY, (_match, module, weak) => {
    replaced += 1;
    return `[() => import(${module}), "", ${weak}`;
  });
  if (replaced !== entries) {
    throw new Error(
      `src/plugins/bundling/registryLoader.cjs understood ${replaced} of the ${entries} entries of .docusaurus/registry.js: Docusaurus changed its format. Update ENTRY, or remove the loader from src/plugins/bundling/index.ts.`,
    );
  }
  return result;
}

module.exports = function registryLoader(source) {
  return forTheBrowser(source);
};
module.exports.forTheBrowser = forTheBrowser;
