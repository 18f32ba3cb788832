import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';

import {generateCorpus} from './corpus';

describe('the benchmark corpus', () => {
  const pages = generateCorpus({pages: 200});

  it('has the requested number of pages, split like the site', () => {
    expect(pages).toHaveLength(200);
    const count = (section: string) =>
      pages.filter((page) => page.metadata.section === section).length;
    expect(count('kb')).toBe(160);
    expect(count('docs')).toBe(30);
    expect(count('blog')).toBe(10);
    expect(new Set(pages.map((page) => page.path)).size).toBe(200);
  });

  it('spreads the docs over three versions, each with its search tag and label', () => {
    const docs = pages.filter((page) => page.metadata.section === 'docs');
    expect(new Set(docs.map((page) => page.metadata.tag))).toEqual(
      new Set([
        'docs-default-2026.1',
        'docs-default-2025.2',
        'docs-default-current',
      ]),
    );
    expect(new Set(docs.map((page) => page.metadata.versionLabel))).toEqual(
      new Set(['2026.1', '2025.2', 'Next']),
    );
  });

  it('writes pages with the search markup of the real site', () => {
    const $ = load(pages[0]!.html);
    expect($('[data-pagefind-body] h1').text()).toBe(pages[0]!.title);
    expect($('meta[name="search:section"]').attr('data-pagefind-filter')).toBe(
      'section[content]',
    );
    expect($('[data-pagefind-body] h2[id]').length).toBeGreaterThanOrEqual(2);
    expect($('nav').closest('[data-pagefind-body]').length).toBe(0);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({pages: 20}).map((page) => page.html)).toEqual(
      generateCorpus({pages: 20}).map((page) => page.html),
    );
    expect(generateCorpus({pages: 20, seed: 7})[0]!.html).not.toBe(
      generateCorpus({pages: 20})[0]!.html,
    );
  });
});
