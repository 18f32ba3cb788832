import {describe, expect, it} from 'vitest';

import {knowledgeBaseAnswer, lighthousePages, typicalDocPage} from './pages';

const sitemap = [
  '/',
  '/blog',
  '/docs',
  '/docs/2025.2',
  '/docs/next',
  '/docs/next/networking/ingress',
  '/docs/networking/ingress',
  '/docs/tags/gitops',
  '/kb',
  '/kb/gitops/sync-stuck-out-of-sync',
  '/kb/tags/gitops',
  '/rent-an-engineer',
  '/support',
];

describe('typicalDocPage', () => {
  it('picks a page inside a section of the latest release', () => {
    expect(typicalDocPage(sitemap)).toBe('/docs/networking/ingress');
  });

  it('falls back to the first page of the release', () => {
    expect(typicalDocPage(['/', '/docs', '/docs/next'])).toBe('/docs');
  });
});

describe('knowledgeBaseAnswer', () => {
  it('skips the list and tag pages', () => {
    expect(knowledgeBaseAnswer(sitemap)).toBe(
      '/kb/gitops/sync-stuck-out-of-sync',
    );
    expect(knowledgeBaseAnswer(['/kb', '/kb/tags/gitops'])).toBeUndefined();
  });
});

describe('lighthousePages', () => {
  it('lists the five audited pages', () => {
    expect(lighthousePages(sitemap).map((page) => page.path)).toEqual([
      '/',
      '/docs/networking/ingress',
      '/kb/gitops/sync-stuck-out-of-sync',
      '/support',
      '/rent-an-engineer',
    ]);
  });

  it('names the pages the sitemap lacks', () => {
    expect(() => lighthousePages(['/', '/docs'])).toThrow(
      'sitemap.xml has no knowledge-base answer, support, rent an engineer',
    );
  });
});

describe('with folder URLs (trailingSlash: true)', () => {
  const slashed = sitemap.map((path) => (path === '/' ? path : `${path}/`));
  it('picks the same pages, as the sitemap writes them', () => {
    expect(lighthousePages(slashed).map((page) => page.path)).toEqual([
      '/',
      '/docs/networking/ingress/',
      '/kb/gitops/sync-stuck-out-of-sync/',
      '/support/',
      '/rent-an-engineer/',
    ]);
  });
});
