import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';

import {contentLoadedBy} from '../testing';
import rentAnEngineerPlugin from './index';

describe('the rent-an-engineer plugin', () => {
  it('serves its own page under the base URL', async () => {
    const plugin = rentAnEngineerPlugin({baseUrl: '/base/'} as LoadContext);
    const {routes} = await contentLoadedBy(plugin, undefined);
    expect(routes).toEqual([
      {
        path: '/base/rent-an-engineer',
        exact: true,
        component: '@theme/RentAnEngineerPage',
      },
    ]);
    const page = join(
      __dirname,
      plugin.getThemePath!(),
      'RentAnEngineerPage',
      'index.tsx',
    );
    expect(existsSync(page)).toBe(true);
  });
});
