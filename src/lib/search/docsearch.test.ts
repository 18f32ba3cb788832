/**
 * Record building on real build output: the fixtures are pages of this site's
 * production build (scripts, stylesheets and icons removed), so they carry
 * the markup the theme wrappers add (data-pagefind-body, search:* meta tags)
 * and Docusaurus' own contextual-search meta tags.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {buildPageRecords} from './docsearch';

const fixture = (name: string) =>
  readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const KB_URL = 'https://docs.example/kb/gitops/sync-stuck-out-of-sync';

describe('buildPageRecords', () => {
  const records = buildPageRecords(fixture('kb-answer.html'), {url: KB_URL});

  it('starts with the page title as a lvl1 record without an anchor', () => {
    expect(records[0]).toEqual({
      objectID: '/kb/gitops/sync-stuck-out-of-sync#0',
      hierarchy: {
        lvl0: 'Knowledge base',
        lvl1: 'My application has been "OutOfSync" for an hour. Why is nothing deployed?',
        lvl2: null,
        lvl3: null,
        lvl4: null,
        lvl5: null,
        lvl6: null,
      },
      content: null,
      type: 'lvl1',
      url: KB_URL,
      url_without_anchor: KB_URL,
      anchor: null,
      weight: {pageRank: 0, level: 90, position: 0},
      language: 'en',
      lang: 'en',
      docusaurus_tag: 'docs-kb-current',
      version: ['current'],
    });
  });

  it('files text under the heading above it, with that heading’s anchor', () => {
    const heading = records.find((record) => record.type === 'lvl2');
    expect(heading).toMatchObject({
      hierarchy: {lvl2: 'Find the error'},
      anchor: 'find-the-error',
      url: `${KB_URL}#find-the-error`,
      weight: {level: 80},
    });
    const paragraph = records[records.indexOf(heading!) + 1];
    expect(paragraph).toMatchObject({
      type: 'content',
      anchor: 'find-the-error',
      hierarchy: {lvl1: heading!.hierarchy.lvl1, lvl2: 'Find the error'},
      weight: {level: 0},
    });
    expect(paragraph!.content).toMatch(
      /^Open your application in the GitOps dashboard/,
    );
  });

  it('makes one record of each table row and none of the header row', () => {
    const rows = records.filter((record) => record.content?.includes(' | '));
    expect(rows).toHaveLength(3);
    expect(rows[0]!.content).toBe(
      'exceeded quota: compute-resources | requests of all pods exceed your namespace quota | lower resources.requests or ask for more quota',
    );
    expect(records.some((record) => record.content === 'message')).toBe(false);
  });

  it('numbers positions in page order and never repeats an objectID', () => {
    expect(records.map((record) => record.weight.position)).toEqual(
      records.map((_, index) => index),
    );
    expect(new Set(records.map((record) => record.objectID)).size).toBe(
      records.length,
    );
  });

  it('leaves out navigation, sidebar, table of contents and footer', () => {
    const text = records.map((record) => record.content ?? '').join('\n');
    expect(text).not.toMatch(
      /Skip to main content|Edit this page|Rent an engineer|Northwind Logistics\. Built with/,
    );
  });

  it('labels docs pages with their version tag and blog posts with the default tag', () => {
    const docs = buildPageRecords(fixture('docs-page.html'), {
      url: 'https://docs.example/docs/2025.2',
      pageRank: 5,
    });
    expect(docs[0]).toMatchObject({
      type: 'lvl1',
      hierarchy: {lvl0: 'Docs', lvl1: 'What Baseplate gives your team'},
      docusaurus_tag: 'docs-default-2025.2',
      version: ['2025.2'],
      weight: {pageRank: 5},
    });
    // Code blocks and inline code: inline code stays, code blocks are left out.
    expect(
      docs.some((record) => record.content?.includes('kubectl apply')),
    ).toBe(true);

    const blog = buildPageRecords(fixture('blog-post.html'), {
      url: 'https://docs.example/blog/welcome-to-baseplate',
    });
    expect(blog[0]).toMatchObject({
      hierarchy: {lvl0: 'Blog', lvl1: 'Welcome to Baseplate'},
      docusaurus_tag: 'default',
    });
    expect(blog[0]).not.toHaveProperty('version');
    // The date, reading time and authors are outside the indexed parts.
    expect(blog.map((record) => record.content ?? '').join('\n')).not.toMatch(
      /min read/,
    );
  });

  it('gives no record for a page without text marked for search', () => {
    expect(
      buildPageRecords(
        '<html><body><main><h1>Support</h1><p>Text</p></main></body></html>',
        {
          url: 'https://docs.example/support',
        },
      ),
    ).toEqual([]);
  });
});
