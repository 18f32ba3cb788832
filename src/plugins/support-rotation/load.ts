/**
 * Reads the rotation file and the people file from disk and validates them.
 * Node only (the plugin's loadContent); the checks themselves are pure and
 * live in src/lib/rotation/validate.ts.
 */
import {readFile} from 'node:fs/promises';
import {join, relative} from 'node:path';
import {parse} from 'yaml';

import {parseRotation} from '../../lib/rotation/validate';
import type {Rotation} from '../../lib/rotation/types';

export interface RotationFiles {
  readonly siteDir: string;
  /** Relative to siteDir. */
  readonly rotationFile: string;
  /** Relative to siteDir. */
  readonly authorsFile: string;
  /** Shown in messages about the time zone. */
  readonly siteFile: string;
}

async function readYaml(siteDir: string, file: string): Promise<unknown> {
  const path = join(siteDir, file);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (cause) {
    throw new Error(
      `${file} could not be read. Fix: create it (see contribute/support-rotation.md).`,
      {cause},
    );
  }
  try {
    return parse(source);
  } catch (cause) {
    throw new Error(
      `${file} is not valid YAML: ${(cause as Error).message} Fix: correct the syntax at that line (indentation, a missing colon, or a value that needs quotes).`,
      {cause},
    );
  }
}

export async function loadRotation(
  files: RotationFiles,
  timeZone: string,
): Promise<Rotation> {
  const [raw, authors] = await Promise.all([
    readYaml(files.siteDir, files.rotationFile),
    readYaml(files.siteDir, files.authorsFile),
  ]);
  return parseRotation(raw, authors, timeZone, {
    rotationFile: relative(
      files.siteDir,
      join(files.siteDir, files.rotationFile),
    ),
    authorsFile: relative(
      files.siteDir,
      join(files.siteDir, files.authorsFile),
    ),
    siteFile: files.siteFile,
  });
}
