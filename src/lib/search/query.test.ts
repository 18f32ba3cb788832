import {describe, expect, it} from 'vitest';

import {formatSearchParams, pagefindFilters, parseSearchParams} from './query';

describe('pagefindFilters', () => {
  it('searches everything when nothing is narrowed', () => {
    expect(pagefindFilters({sections: [], tags: undefined})).toEqual({});
  });

  it('keeps results in the chosen sections and docs versions', () => {
    expect(
      pagefindFilters({
        sections: ['docs', 'kb'],
        tags: ['default', 'docs-default-2026.1', 'docs-kb-current'],
      }),
    ).toEqual({
      section: {any: ['docs', 'kb']},
      docusaurus_tag: {
        any: ['default', 'docs-default-2026.1', 'docs-kb-current'],
      },
    });
  });
});

describe('search page parameters', () => {
  it('reads the query, the sections and the version', () => {
    expect(
      parseSearchParams('?q=sync%20quota&section=kb&section=blog&version=all'),
    ).toEqual({query: 'sync quota', sections: ['kb', 'blog'], version: 'all'});
  });

  it('ignores unknown and repeated sections and an empty version', () => {
    expect(
      parseSearchParams('?section=kb&section=wiki&section=kb&version='),
    ).toEqual({query: '', sections: ['kb'], version: undefined});
  });

  it('writes them back without empty parameters', () => {
    expect(
      formatSearchParams({query: 'a&b', sections: ['docs'], version: '2025.2'}),
    ).toBe('?q=a%26b&section=docs&version=2025.2');
    expect(
      formatSearchParams({query: '', sections: [], version: undefined}),
    ).toBe('');
  });

  it('round-trips', () => {
    const params = {
      query: 'ingress tls',
      sections: ['kb' as const],
      version: 'all',
    };
    expect(parseSearchParams(formatSearchParams(params))).toEqual(params);
  });
});
