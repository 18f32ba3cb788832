/**
 * Every fenced block in the handbook and the blog names its language, so it is
 * highlighted and so the manifest check (tests/manifests.test.ts,
 * src/lib/manifests) finds every YAML block. What YAML blocks hold is that
 * check's job.
 */
import {describe, expect, it} from 'vitest';

import {codeBlocks, codeBlocksIn} from '../src/lib/markdown-code';
import {SITE_DIR} from './site-copy';

const TAGGED_DIRS = ['docs', 'versioned_docs', 'blog', 'contribute'];

describe('the block finder', () => {
  it('finds fences in lists, with their meta, and skips front matter', () => {
    const markdown = [
      '---',
      'title: A page',
      'apiVersion: not-code',
      '---',
      '',
      '1. Apply this:',
      '',
      '   ```yaml title="app.yaml"',
      '   kind: ConfigMap',
      '   ```',
      '',
      '```',
      'no language',
      '```',
    ].join('\n');
    const blocks = codeBlocks(markdown, 'page.md');
    expect(blocks).toEqual([
      {
        location: 'page.md:8',
        lang: 'yaml',
        meta: 'title="app.yaml"',
        value: 'kind: ConfigMap',
      },
      {location: 'page.md:12', lang: null, meta: null, value: 'no language'},
    ]);
  });
});

describe('code fences in the handbook and the blog', () => {
  it('all name their language', () => {
    const untagged = codeBlocksIn(SITE_DIR, TAGGED_DIRS)
      .filter((block) => block.lang === null)
      .map((block) => block.location);
    expect(untagged).toEqual([]);
  });
});
