/**
 * Link and metadata hygiene: each kind of mistake a contributor can make fails
 * the build with a message that names the file to fix. Every case breaks a
 * fresh copy of the site and runs a real build.
 */
import {appendFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {brokenBuild} from './site-copy';

async function brokenSite(
  change: (dir: string) => void,
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
  const result = await brokenBuild(change, env);
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

const post = (frontMatter: string) => `---
slug: hygiene-check
title: Hygiene check
${frontMatter}
---

A post written to test the build.

<!-- truncate -->

More text.
`;

describe.concurrent('the build refuses', () => {
  // Built in two processes, as a large site is (scripts/build.mjs): the
  // second, which renders the pages, must reach the check and name the file
  // from what the first generated.
  it('a link to a page that does not exist, naming the file, also when built in two processes', async () => {
    const output = await brokenSite(
      (dir) =>
        appendFileSync(
          join(dir, 'docs', 'intro.md'),
          '\n[Gone](/docs/no-such-page)\n',
        ),
      {BUILD_SPLIT: 'true'},
    );
    expect(output).toContain('bundling and rendering in two processes');
    expect(output).toContain('Docusaurus found broken links');
    expect(output).toContain('/docs/no-such-page');
    expect(output).toMatch(/is written in docs\/intro\.md/);
  });

  it('a link to an anchor that does not exist, naming the file', async () => {
    const output = await brokenSite((dir) =>
      appendFileSync(
        join(dir, 'kb', 'gitops', 'sync-stuck-out-of-sync.md'),
        '\nSee [the intro](/docs#no-such-heading).\n',
      ),
    );
    expect(output).toContain('Docusaurus found broken anchors');
    // trailingSlash: true reports the link at its canonical address, /docs/.
    expect(output).toMatch(/\/docs\/?#no-such-heading/);
    expect(output).toMatch(
      /is written in kb\/gitops\/sync-stuck-out-of-sync\.md/,
    );
  });

  it('a Markdown link to a file that does not exist, naming the file', async () => {
    const output = await brokenSite((dir) =>
      appendFileSync(
        join(dir, 'docs', 'intro.md'),
        '\n[Missing](./missing-page.md)\n',
      ),
    );
    expect(output).toContain('missing-page.md');
    expect(output).toContain('docs/intro.md');
  });

  it('a blog author that is not in authors.yml, naming the file', async () => {
    const output = await brokenSite((dir) =>
      writeFileSync(
        join(dir, 'blog', '2026-01-01-hygiene.md'),
        post(
          'authors:\n  - name: Someone Inline\n    title: Not in authors.yml',
        ),
      ),
    );
    expect(output).toMatch(
      /blog authors used in .* are not defined in .*authors\.yml/,
    );
    expect(output).toContain('2026-01-01-hygiene.md');
  });

  it('a blog tag that is not in tags.yml, naming the file', async () => {
    const output = await brokenSite((dir) =>
      writeFileSync(
        join(dir, 'blog', '2026-01-01-hygiene.md'),
        post('authors: [jonas]\ntags: [not-a-known-tag]'),
      ),
    );
    expect(output).toContain('not-a-known-tag');
    expect(output).toContain('2026-01-01-hygiene.md');
  });

  it('a docs tag that is not in tags.yml, naming the file', async () => {
    const output = await brokenSite((dir) =>
      writeFileSync(
        join(dir, 'docs', 'tagged.md'),
        '---\ntitle: Tagged\ntags: [made-up-tag]\n---\n\n# Tagged\n\nA page with an unknown tag.\n',
      ),
    );
    expect(output).toContain('made-up-tag');
    expect(output).toContain('tagged.md');
  });
});
