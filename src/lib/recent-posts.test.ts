import {describe, expect, it} from 'vitest';

import {recentPosts, type BlogPostLike} from './recent-posts';

function post(
  title: string,
  date: string,
  extra: Partial<BlogPostLike['metadata']> = {},
): BlogPostLike {
  return {
    metadata: {
      title,
      permalink: `/blog/${title.toLowerCase()}`,
      date: new Date(date),
      description: `About ${title}`,
      unlisted: false,
      tags: [{label: 'Events', permalink: '/blog/tags/events'}],
      ...extra,
    },
  };
}

describe('recentPosts', () => {
  it('returns the newest posts first, as many as asked for', () => {
    const posts = [
      post('Old', '2025-10-06'),
      post('Newest', '2026-11-23'),
      post('Middle', '2026-03-16'),
    ];
    expect(recentPosts(posts, 2).map((item) => item.title)).toEqual([
      'Newest',
      'Middle',
    ]);
  });

  it('keeps what a teaser needs, with the date as an ISO string', () => {
    expect(recentPosts([post('One', '2026-11-18T00:00:00Z')], 3)).toEqual([
      {
        title: 'One',
        permalink: '/blog/one',
        date: '2026-11-18T00:00:00.000Z',
        description: 'About One',
        tags: [{label: 'Events', permalink: '/blog/tags/events'}],
      },
    ]);
  });

  it('leaves out unlisted posts', () => {
    const posts = [
      post('Hidden', '2026-11-24', {unlisted: true}),
      post('Shown', '2026-11-01'),
    ];
    expect(recentPosts(posts, 5).map((item) => item.title)).toEqual(['Shown']);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => recentPosts([], 0)).toThrow(/at least 1, got 0/);
    expect(() => recentPosts([], 1.5)).toThrow(/got 1.5/);
  });
});
