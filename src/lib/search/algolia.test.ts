import {describe, expect, it} from 'vitest';

import {algoliaFromEnv} from './algolia';

describe('algoliaFromEnv', () => {
  it('uses the embedded search when no Algolia variable is set', () => {
    expect(algoliaFromEnv({})).toBeUndefined();
    expect(algoliaFromEnv({ALGOLIA_APP_ID: '  '})).toBeUndefined();
  });

  it('reads all three', () => {
    expect(
      algoliaFromEnv({
        ALGOLIA_APP_ID: 'APP',
        ALGOLIA_SEARCH_API_KEY: 'search-key',
        ALGOLIA_INDEX_NAME: 'baseplate',
      }),
    ).toEqual({appId: 'APP', apiKey: 'search-key', indexName: 'baseplate'});
  });

  it('fails, naming what is missing, when only some are set', () => {
    expect(() =>
      algoliaFromEnv({ALGOLIA_APP_ID: 'APP', ALGOLIA_INDEX_NAME: 'baseplate'}),
    ).toThrow(
      'ALGOLIA_SEARCH_API_KEY is not set. Set all three to use Algolia, or none to use the embedded search.',
    );
  });
});
