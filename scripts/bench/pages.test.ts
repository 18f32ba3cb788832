import {describe, expect, it} from 'vitest';

import {
  docPagesByDiagram,
  hasDiagramMarkup,
  knowledgeBaseAnswer,
  lighthousePages,
  typicalDocPage,
} from './pages';

const sitemap = [
  '/',
  '/blog',
  '/docs',
  '/docs/2025.2',
  '/docs/next',
  '/docs/next/networking/ingress',
  '/docs/networking/ingress',
  '/docs/networking/certificates',
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

/** Pages with a diagram in these tests: the certificates pages. */
const hasDiagram = (path: string) => path.includes('certificates');

describe('docPagesByDiagram', () => {
  it('picks a latest-release page with a diagram and one without', () => {
    expect(docPagesByDiagram(sitemap, hasDiagram)).toEqual({
      plain: '/docs/networking/ingress',
      diagram: '/docs/networking/certificates',
    });
  });

  it('finds no diagram page where no page has one', () => {
    expect(docPagesByDiagram(sitemap, () => false).diagram).toBeUndefined();
  });
});

describe('lighthousePages', () => {
  it('lists the six audited pages', () => {
    expect(
      lighthousePages(sitemap, hasDiagram).map((page) => page.path),
    ).toEqual([
      '/',
      '/docs/networking/ingress',
      '/docs/networking/certificates',
      '/kb/gitops/sync-stuck-out-of-sync',
      '/support',
      '/rent-an-engineer',
    ]);
  });

  it('names the pages the sitemap lacks', () => {
    expect(() => lighthousePages(['/', '/docs'], hasDiagram)).toThrow(
      'sitemap.xml has no doc page with a diagram, knowledge-base answer, support, rent an engineer',
    );
  });
});

describe('with folder URLs (trailingSlash: true)', () => {
  const slashed = sitemap.map((path) => (path === '/' ? path : `${path}/`));
  it('picks the same pages, as the sitemap writes them', () => {
    expect(
      lighthousePages(slashed, hasDiagram).map((page) => page.path),
    ).toEqual([
      '/',
      '/docs/networking/ingress/',
      '/docs/networking/certificates/',
      '/kb/gitops/sync-stuck-out-of-sync/',
      '/support/',
      '/rent-an-engineer/',
    ]);
  });
});

describe('hasDiagramMarkup', () => {
  it('finds the figure of a diagram, minified or not', () => {
    expect(hasDiagramMarkup('<figure class=diagram tabindex=0><svg>')).toBe(
      true,
    );
    expect(hasDiagramMarkup('<figure class="diagram" tabindex="0">')).toBe(
      true,
    );
  });

  it('is not fooled by a drawing class or a diagram word elsewhere', () => {
    expect(hasDiagramMarkup('<svg class="diagramDrawing diagramLight">')).toBe(
      false,
    );
    expect(hasDiagramMarkup('<p class=diagram-note>a diagram</p>')).toBe(false);
  });
});
