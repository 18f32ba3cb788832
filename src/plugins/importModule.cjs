/* global module */
// Node's own import(), for plugins that need an ES module: see nativeImport.ts.
module.exports = (specifier) => import(specifier);
