/**
 * Reads the built sitemap.xml so that tests cover every public page, including
 * the ones added after this file was written.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export const BUILD_DIR = join(__dirname, '..', '..', 'build');

/** Paths (with the site's base URL) of every page in the built sitemap. */
export function sitemapPaths(buildDir: string = BUILD_DIR): string[] {
  const file = join(buildDir, 'sitemap.xml');
  if (!existsSync(file)) {
    throw new Error(
      `${file} does not exist: run "npm run build" before the end-to-end tests.`,
    );
  }
  const xml = readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  return [...new Set(paths)].sort();
}

/** Pages that are neither docs, knowledge base, blog nor Contribute: the React pages. */
export function customPagePaths(paths: readonly string[]): string[] {
  return paths.filter(
    (path) => !/^\/(docs|kb|blog|contribute)(\/|$)/.test(path),
  );
}
