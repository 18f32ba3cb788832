import {describe, expect, it} from 'vitest';

import {bestSubResult, toSearchHit, type PagefindResultData} from './results';

const page: PagefindResultData = {
  url: '/kb/gitops/sync-stuck-out-of-sync',
  excerpt: 'page <mark>quota</mark>',
  meta: {title: 'Why is nothing deployed?'},
  filters: {section: ['kb'], docusaurus_tag: ['docs-kb-current']},
  sub_results: [
    {
      title: 'Why is nothing deployed?',
      url: '/kb/gitops/sync-stuck-out-of-sync',
      excerpt: 'intro <mark>quota</mark>',
      weighted_locations: [{weight: 1, balanced_score: 10, location: 3}],
    },
    {
      title: 'Find the error',
      url: '/kb/gitops/sync-stuck-out-of-sync#find-the-error',
      excerpt: 'exceeded <mark>quota</mark>: compute-resources',
      anchor: {element: 'h2', id: 'find-the-error'},
      weighted_locations: [
        {weight: 1, balanced_score: 10, location: 40},
        {weight: 1, balanced_score: 12, location: 48},
      ],
    },
  ],
};

describe('toSearchHit', () => {
  it('links to the section heading that matched best, with its excerpt', () => {
    expect(toSearchHit(page)).toEqual({
      url: '/kb/gitops/sync-stuck-out-of-sync#find-the-error',
      title: 'Why is nothing deployed?',
      heading: 'Find the error',
      excerpt: 'exceeded <mark>quota</mark>: compute-resources',
      section: 'kb',
      label: 'Knowledge base',
    });
  });

  it('links to the page when the text before the first heading matched best', () => {
    const hit = toSearchHit({
      ...page,
      sub_results: [...page.sub_results!].reverse().map((sub, index) => ({
        ...sub,
        weighted_locations: [
          {weight: 1, balanced_score: index === 1 ? 50 : 1, location: 0},
        ],
      })),
    });
    expect(hit).toMatchObject({
      url: '/kb/gitops/sync-stuck-out-of-sync',
      heading: undefined,
      excerpt: 'intro <mark>quota</mark>',
    });
  });

  it('labels docs results with their version', () => {
    const hit = toSearchHit({
      ...page,
      url: '/docs/2025.2',
      meta: {title: 'What Baseplate gives your team', version: '2025.2'},
      filters: {section: ['docs']},
      sub_results: [],
    });
    expect(hit).toMatchObject({
      url: '/docs/2025.2',
      label: 'Docs 2025.2',
      heading: undefined,
      excerpt: 'page <mark>quota</mark>',
    });
  });

  it('falls back to the URL for a page without a title and to no label without a section', () => {
    expect(
      toSearchHit({url: '/x', excerpt: '', meta: {}, filters: {}}),
    ).toMatchObject({title: '/x', label: '', section: undefined});
  });
});

describe('bestSubResult', () => {
  it('keeps the first of equal scores and returns nothing for no sub-results', () => {
    const [first, second] = page.sub_results!;
    const equal = {...second!, weighted_locations: first!.weighted_locations};
    expect(bestSubResult([first!, equal])).toBe(first);
    expect(bestSubResult([])).toBeUndefined();
  });
});
