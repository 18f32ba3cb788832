/**
 * What the build publishes says nothing about the machine that built it: no
 * script, page or data file names the folder the site was built in (a plugin
 * that hands Docusaurus an absolute module path puts it in main.js's route
 * registry, for every reader to download).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

import {expect, test} from '@playwright/test';

import {staticUrlProblems} from '../scripts/check-static-urls';
import {BUILD_DIR} from '../scripts/lib/sitemap';

const SITE_DIR = dirname(BUILD_DIR);

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.(html|js|json|css|xml|txt|ics)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

test('no published file names the folder the site was built in', () => {
  const published = files(BUILD_DIR);
  expect(published.length, 'files in the build').toBeGreaterThan(100);
  const leaks = published
    .filter((file) => readFileSync(file, 'utf8').includes(SITE_DIR))
    .map((file) => relative(BUILD_DIR, file));
  expect(leaks, `files that contain ${SITE_DIR}`).toEqual([]);
});

// GitHub Pages and nginx's usual `try_files $uri $uri/` find the folder
// `name/` before `name.html`: a page written as `name.html` beside a folder of
// that name answers 404, a directory listing or a blank page there.
test('every page is a folder with an index.html, never name.html beside name/', () => {
  expect(staticUrlProblems(BUILD_DIR)).toEqual([]);
});

// The addresses published before the site moved to folder URLs (feeds,
// bookmarks, links in issue templates) keep working: the host redirects
// `/support` to `/support/`, and files keep their names.
test('old addresses without the trailing slash redirect, feeds answer as files', async ({
  request,
}) => {
  for (const path of [
    '/docs',
    '/kb',
    '/blog',
    '/support',
    '/rent-an-engineer',
    '/docs/2025.2',
  ]) {
    const response = await request.get(path, {maxRedirects: 0});
    expect(response.status(), path).toBe(301);
    expect(
      new URL(response.headers().location!, 'http://x').pathname,
      path,
    ).toBe(`${path}/`);
  }
  const search = await request.get('/search?q=quota', {maxRedirects: 0});
  expect(new URL(search.headers().location!, 'http://x').search).toBe(
    '?q=quota',
  );
  for (const [path, type] of [
    ['/support/rotation.ics', 'text/calendar'],
    ['/support/rotation.json', 'application/json'],
    ['/events.ics', 'text/calendar'],
    ['/blog/rss.xml', 'xml'],
    ['/blog/atom.xml', 'xml'],
    ['/sitemap.xml', 'xml'],
  ] as const) {
    const response = await request.get(path, {maxRedirects: 0});
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
});
