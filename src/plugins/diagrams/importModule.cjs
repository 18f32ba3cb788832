/* global module */
// Node's own import(), for callers compiled to CommonJS by a loader that turns
// import() into require() (jiti, which loads docusaurus.config.ts): see render.ts.
module.exports = (specifier) => import(specifier);
