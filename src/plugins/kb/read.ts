/**
 * Reads the knowledge base from disk for the entry check: the answers, the
 * tags in kb/tags.yml and the platform versions in versions.json. Shared by
 * the kb plugin (the build's one read of the answers), the Vitest check over
 * the real kb/, and `kb:new`.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

import {
  parseTagsFile,
  parseVersionsFile,
  type KbContext,
  type KbTag,
} from '../../lib/kb/context';
import type {KbSource} from '../../lib/kb/check';
import {localIsoDate} from '../../lib/kb/dates';
import {KB_DIR} from '../../lib/kb/instance';

export const TAGS_FILE = `${KB_DIR}/tags.yml`;
export const VERSIONS_FILE = 'versions.json';

/** Every Markdown or MDX file under kb/, with its path from the site directory. */
export function readKbSources(siteDir: string): KbSource[] {
  const root = join(siteDir, KB_DIR);
  const entries = readdirSync(root, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return {
        file: relative(siteDir, path).split(sep).join('/'),
        source: readFileSync(path, 'utf8'),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Tags and versions from their files; today's date on the calendar of `timeZone`. */
export function readKbContext(
  siteDir: string,
  now: Date = new Date(),
  timeZone?: string,
): KbContext {
  return {
    tags: readKbTags(siteDir),
    versions: parseVersionsFile(
      readFileSync(join(siteDir, VERSIONS_FILE), 'utf8'),
      VERSIONS_FILE,
    ),
    today: localIsoDate(now, timeZone),
  };
}

/** The topics and other tags of kb/tags.yml. */
export function readKbTags(siteDir: string): KbTag[] {
  return parseTagsFile(
    readFileSync(join(siteDir, TAGS_FILE), 'utf8'),
    TAGS_FILE,
  );
}
