/**
 * Loads Prism with the code blocks instead of on every page.
 *
 * The classic theme registers `themeConfig.prism.additionalLanguages` in a
 * client module, and a client module is part of `main.js`: Prism and every
 * grammar it bundles (about 25 KiB of gzip-compressed JavaScript) were loaded,
 * parsed and run by the home page, `/support` and `/rent-an-engineer`, which
 * show no code. This plugin empties that client module; the CodeBlock wrapper
 * (`src/theme/CodeBlock`) does the same registration with the theme's own
 * `@theme/prism-include-languages`, in the chunk of the pages that render
 * code.
 */
import path from 'node:path';

import type {Plugin} from '@docusaurus/types';

/** The classic theme's client module, as `@generated/client-modules` requests it. */
export const PRISM_CLIENT_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

export default function prismOnDemand(): Plugin {
  return {
    name: 'prism-on-demand',
    configureWebpack() {
      return {
        // `false` resolves the module to an empty one, on the client and in SSR.
        resolve: {alias: {[`${PRISM_CLIENT_MODULE}$`]: false}},
      };
    },
  };
}
