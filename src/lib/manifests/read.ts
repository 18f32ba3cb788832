/**
 * Reads what the manifest check needs from a site directory: the pages of
 * docs/, versioned_docs/, kb/, blog/ and contribute/, and the platform model
 * of every version (versions.json plus `next`). Shared by the CLI, the build plugin and
 * the test over the real content.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

import {markdownFiles} from '../markdown-code';
import {CONTENT_DIRS, type Page} from './check';
import {modelFile, parsePlatformModel, type PlatformModel} from './model';

export function readPages(siteDir: string): Page[] {
  return CONTENT_DIRS.flatMap((dir) =>
    markdownFiles(siteDir, dir).map((file) => ({
      file: file.split('\\').join('/'),
      source: readFileSync(join(siteDir, file), 'utf8'),
    })),
  );
}

/** `next` and the released versions of versions.json. */
export function readVersions(siteDir: string): string[] {
  const file = join(siteDir, 'versions.json');
  const released = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as string[])
    : [];
  return ['next', ...released];
}

/**
 * The model of every version that has one. A version without a model file is
 * left out: pages of that version then fail with rule `version`.
 */
export function readModels(siteDir: string): Map<string, PlatformModel> {
  const models = new Map<string, PlatformModel>();
  for (const version of readVersions(siteDir)) {
    const file = modelFile(version);
    const path = join(siteDir, file);
    if (existsSync(path)) {
      models.set(
        version,
        parsePlatformModel(readFileSync(path, 'utf8'), file, version),
      );
    }
  }
  return models;
}
