/* global module */
// Node's own import(), for callers compiled to CommonJS by a loader that turns
// import() into require(): see indexSite.ts.
module.exports = (specifier) => import(specifier);
