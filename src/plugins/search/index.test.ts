import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';

import {contentLoadedBy} from '../testing';
import searchPagefindPlugin from './index';

describe('the search plugin', () => {
  it('serves its own search page under the base URL, and brings the search bar', async () => {
    const plugin = searchPagefindPlugin({baseUrl: '/base/'} as LoadContext);
    const {routes} = await contentLoadedBy(plugin, undefined);
    expect(routes).toEqual([
      {path: '/base/search', exact: true, component: '@theme/SearchPage'},
    ]);
    for (const component of ['SearchPage', 'SearchBar']) {
      const file = join(
        __dirname,
        plugin.getThemePath!(),
        component,
        'index.tsx',
      );
      expect(existsSync(file), file).toBe(true);
    }
  });
});
