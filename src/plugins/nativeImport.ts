import {createRequire} from 'node:module';

/**
 * Node's own `import()`, for plugins that load an ES module (pagefind,
 * mermaid-isomorphic). Docusaurus loads docusaurus.config.ts and the plugins
 * through jiti, which compiles `import()` to `require()`, and these packages
 * cannot be required (an exports map with only an `import` condition, or
 * `import.meta`). A CommonJS file loaded by Node's own require keeps a real
 * `import()`.
 */
export const nativeImport = createRequire(__filename)('./importModule.cjs') as (
  specifier: string,
) => Promise<unknown>;
