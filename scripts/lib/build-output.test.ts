import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {
  htmlFileFor,
  largestPages,
  pageKind,
  readBuildOutput,
  sidebarBytes,
  summarizeByKind,
} from './build-output';

describe('pageKind', () => {
  it.each([
    ['/', 'home'],
    ['/docs', 'doc page'],
    ['/docs/2025.2/networking/ingress', 'doc page'],
    ['/docs/tags/gitops', 'list or tag page'],
    ['/kb', 'list or tag page'],
    ['/kb/tags/dns', 'list or tag page'],
    ['/kb/gitops/sync/out-of-sync-1', 'knowledge-base answer'],
    ['/kb/gitops/sync-stuck-out-of-sync', 'knowledge-base answer'],
    ['/blog', 'list or tag page'],
    ['/blog/', 'list or tag page'],
    ['/kb/', 'list or tag page'],
    ['/kb/gitops/', 'list or tag page'],
    ['/kb/gitops/sync-stuck-out-of-sync/', 'knowledge-base answer'],
    ['/docs/', 'doc page'],
    ['/blog/page/2', 'list or tag page'],
    ['/blog/welcome-to-baseplate', 'blog post'],
    ['/support', 'custom page'],
  ])('%s is a %s', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

describe('summarizeByKind and largestPages', () => {
  const pages = [
    {path: '/kb/a/b/one', bytes: 10},
    {path: '/kb/a/b/two', bytes: 30},
    {path: '/kb/a/b/three', bytes: 20},
    {path: '/docs', bytes: 50},
  ];

  it('gives the median and the largest page of each kind', () => {
    expect(summarizeByKind(pages)).toEqual([
      {
        kind: 'knowledge-base answer',
        pages: 3,
        medianBytes: 20,
        maxBytes: 30,
        largest: '/kb/a/b/two',
      },
      {
        kind: 'doc page',
        pages: 1,
        medianBytes: 50,
        maxBytes: 50,
        largest: '/docs',
      },
    ]);
  });

  it('lists the largest pages first', () => {
    expect(largestPages(pages, 2).map((page) => page.path)).toEqual([
      '/docs',
      '/kb/a/b/two',
    ]);
  });
});

describe('readBuildOutput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-output-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('counts pages, bytes and kinds of files', () => {
    mkdirSync(join(dir, 'assets', 'js'), {recursive: true});
    mkdirSync(join(dir, 'docs', 'intro'), {recursive: true});
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'docs', 'intro', 'index.html'), 'x'.repeat(50));
    writeFileSync(join(dir, 'assets', 'js', 'main.1.js'), 'x'.repeat(30));
    writeFileSync(join(dir, 'sitemap.xml'), 'x'.repeat(7));
    expect(readBuildOutput(dir)).toEqual({
      pages: [
        {path: '/', bytes: 100},
        {path: '/docs/intro/', bytes: 50},
      ],
      totals: {files: 4, bytes: 187, htmlBytes: 150, jsBytes: 30, cssBytes: 0},
    });
  });
});

describe('sidebarBytes', () => {
  it('measures the docs sidebar of a page, in bytes', () => {
    const sidebar =
      '<aside class="theme-doc-sidebar-container docSidebarContainer_x"><nav aria-label="Docs sidebar"><a href=/kb/é>é</a></nav></aside>';
    expect(sidebarBytes(`<main>x</main>${sidebar}<footer></footer>`)).toBe(
      Buffer.byteLength(sidebar),
    );
    expect(sidebarBytes('<main>no sidebar</main>')).toBe(0);
  });
});

describe('htmlFileFor', () => {
  it('finds the file of a path, and names the missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-html-'));
    try {
      writeFileSync(join(dir, 'index.html'), '');
      writeFileSync(join(dir, 'docs.html'), '');
      expect(htmlFileFor(dir, '/')).toBe(join(dir, 'index.html'));
      expect(htmlFileFor(dir, '/docs')).toBe(join(dir, 'docs.html'));
      expect(() => htmlFileFor(dir, '/kb')).toThrow(/no HTML file for \/kb/);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
