import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';

import {SITE_DIR} from '../../tests/site-copy';
import {readSiteFacts} from './corpus';
import {generateHtmlCorpus, markdownToHtml} from './corpus-html';

const facts = readSiteFacts(SITE_DIR);

describe('the benchmark corpus as HTML', () => {
  const pages = generateHtmlCorpus({pages: 200}, facts);

  it('has the requested number of pages, split like the site', () => {
    expect(pages).toHaveLength(200);
    const count = (section: string) =>
      pages.filter((page) => page.metadata.section === section).length;
    expect(count('kb')).toBe(160);
    expect(count('docs')).toBe(30);
    expect(count('blog')).toBe(10);
    expect(new Set(pages.map((page) => page.path)).size).toBe(200);
    expect(pages.every((page) => page.path.endsWith('/'))).toBe(true);
  });

  it('spreads the docs over three versions, each with its search tag and label', () => {
    const docs = pages.filter((page) => page.metadata.section === 'docs');
    const [latest, older] = facts.versions;
    expect(new Set(docs.map((page) => page.metadata.tag))).toEqual(
      new Set([
        `docs-default-${latest}`,
        `docs-default-${older}`,
        'docs-default-current',
      ]),
    );
    expect(new Set(docs.map((page) => page.metadata.versionLabel))).toEqual(
      new Set([latest, older, 'Next']),
    );
    expect(
      docs.some((page) => page.path.startsWith(`/docs/${older}/bench/`)),
    ).toBe(true);
    expect(docs.some((page) => page.path.startsWith('/docs/next/bench/'))).toBe(
      true,
    );
  });

  it('writes pages with the search markup of the real site', () => {
    const $ = load(pages[0]!.html);
    expect($('[data-pagefind-body] h1').text()).toBe(pages[0]!.title);
    expect($('meta[name="search:section"]').attr('data-pagefind-filter')).toBe(
      'section[content]',
    );
    expect($('[data-pagefind-body] h2[id]').length).toBeGreaterThanOrEqual(2);
    expect($('[data-pagefind-body] table td').length).toBeGreaterThan(0);
    expect($('nav').closest('[data-pagefind-body]').length).toBe(0);
  });

  it('is the same for the same seed and differs for another', () => {
    const html = (seed?: number) =>
      generateHtmlCorpus({pages: 20, seed}, facts).map((page) => page.html);
    expect(html()).toEqual(html());
    expect(html(7)).not.toEqual(html());
  });
});

describe('markdownToHtml', () => {
  it('renders the subset the generator writes', () => {
    expect(
      markdownToHtml(
        [
          '## Fix it',
          '',
          'Run `platform login` and read',
          '[the guide](/docs/x/).',
          '',
          '- one',
          '- two',
          '',
          '| a | b |',
          '| --- | --- |',
          '| `x` | <y> |',
          '',
          '```yaml',
          'kind: Pod',
          '```',
        ].join('\n'),
      ),
    ).toBe(
      [
        '<h2 id="fix-it">Fix it</h2>',
        '<p>Run <code>platform login</code> and read <a href="/docs/x/">the guide</a>.</p>',
        '<ul><li>one</li><li>two</li></ul>',
        '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>x</code></td><td>&lt;y&gt;</td></tr></tbody></table>',
        '<pre><code>kind: Pod</code></pre>',
      ].join('\n'),
    );
  });
});
