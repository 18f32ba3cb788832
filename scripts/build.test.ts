/**
 * `npm run build` decides whether to build in one process or two (a large
 * site, see scripts/build.mjs). The two-process build itself runs in
 * tests/build-hygiene.test.ts, which breaks a link and needs the build to get
 * as far as the broken-link check.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {LARGE_SITE_PAGES, countPages, splitBuild} from './build.mjs';
import {SITE_DIR} from '../tests/site-copy';

describe('splitBuild', () => {
  it('builds a site in one process below the size, and in two from it', () => {
    expect(splitBuild({}, LARGE_SITE_PAGES - 1)).toBe(false);
    expect(splitBuild({}, LARGE_SITE_PAGES)).toBe(true);
  });

  it('lets BUILD_SPLIT decide either way', () => {
    expect(splitBuild({BUILD_SPLIT: 'true'}, 10)).toBe(true);
    expect(splitBuild({BUILD_SPLIT: 'false'}, 10_000)).toBe(false);
  });

  it('refuses a value it does not know, saying which it takes', () => {
    expect(() => splitBuild({BUILD_SPLIT: 'yes'}, 10)).toThrow(
      'BUILD_SPLIT is "yes": set it to true (build in two processes), false (in one), or leave it unset',
    );
  });
});

describe('countPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baseplate-pages-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('counts the Markdown files of docs, versions, kb and blog, at any depth', () => {
    for (const file of [
      'docs/intro.md',
      'docs/standards/dns.mdx',
      'versioned_docs/version-2026.1/intro.md',
      'kb/dns/answer.md',
      'blog/2026-01-01-post/index.md',
      'blog/authors.yml',
      'docs/diagram.svg',
      'src/pages/index.md',
    ]) {
      mkdirSync(join(dir, file, '..'), {recursive: true});
      writeFileSync(join(dir, file), '');
    }
    expect(countPages(dir)).toBe(5);
  });

  it('keeps this site in one process', () => {
    const pages = countPages(SITE_DIR);
    expect(pages).toBeGreaterThan(100);
    expect(splitBuild({}, pages)).toBe(false);
  });
});
