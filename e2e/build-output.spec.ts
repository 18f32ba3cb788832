/**
 * What the build publishes says nothing about the machine that built it: no
 * script, page or data file names the folder the site was built in (a plugin
 * that hands Docusaurus an absolute module path puts it in main.js's route
 * registry, for every reader to download).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

import {expect, test} from '@playwright/test';

import {BUILD_DIR} from './sitemap';

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
