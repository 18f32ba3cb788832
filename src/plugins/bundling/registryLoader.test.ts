/**
 * The browser's registry keeps each chunk's loader and module id and drops
 * the module path, which only the server's render reads, and the chunk name,
 * which only prefetching read.
 */
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';

const {forTheBrowser} = createRequire(import.meta.url)(
  './registryLoader.cjs',
) as {forTheBrowser: (source: string) => string};

const REGISTRY = `export default {
  "013afa5f": [() => import(/* webpackChunkName: "013afa5f" */ "@site/blog/2026-06-09-post.md?truncated=true"), "@site/blog/2026-06-09-post.md?truncated=true", require.resolveWeak("@site/blog/2026-06-09-post.md?truncated=true")],
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],};
`;

describe('forTheBrowser', () => {
  it('empties the module path and drops the chunk name of every entry, and keeps its loader and module id', () => {
    expect(forTheBrowser(REGISTRY)).toBe(`export default {
  "013afa5f": [() => import("@site/blog/2026-06-09-post.md?truncated=true"), "", require.resolveWeak("@site/blog/2026-06-09-post.md?truncated=true")],
  "17896441": [() => import("@theme/DocItem"), "", require.resolveWeak("@theme/DocItem")],};
`);
  });

  it('fails the build, saying what to update, when an entry has another shape', () => {
    const changed = REGISTRY.replace(
      '"@theme/DocItem", require',
      '{path: "@theme/DocItem"}, require',
    );
    expect(() => forTheBrowser(changed)).toThrow(
      'understood 1 of the 2 entries of .docusaurus/registry.js: Docusaurus changed its format',
    );
  });
});
