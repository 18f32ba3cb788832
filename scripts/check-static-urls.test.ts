import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';

import {staticUrlProblems} from './check-static-urls';

let dir: string;
afterEach(() => rmSync(dir, {recursive: true, force: true}));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'static-urls-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const sitemap = (...paths: string[]) =>
  `<urlset>${paths.map((p) => `<url><loc>https://site.example${p}</loc></url>`).join('')}</urlset>`;

describe('staticUrlProblems', () => {
  it('accepts folders with an index.html, under a base URL too', () => {
    expect(
      staticUrlProblems(
        build({
          'index.html': '',
          'docs/index.html': '',
          'docs/2025.2/index.html': '',
          '404.html': '',
          'sitemap.xml': sitemap('/base/', '/base/docs/', '/base/docs/2025.2/'),
        }),
      ),
    ).toEqual([]);
  });

  it('refuses name.html beside a folder name/, and an address without its index.html', () => {
    const problems = staticUrlProblems(
      build({
        'index.html': '',
        'docs.html': '',
        'docs/intro.html': '',
        'sitemap.xml': sitemap('/', '/docs', '/docs/intro/'),
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^docs\.html sits beside the folder docs\/.*Fix: /),
      expect.stringMatching(/^\/docs \(sitemap\.xml\) .*no trailing slash/),
      expect.stringMatching(
        /^\/docs\/intro\/ \(sitemap\.xml\) .*docs\/intro\/index\.html is missing/,
      ),
    ]);
  });
});
