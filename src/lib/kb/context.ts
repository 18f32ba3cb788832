/**
 * What an entry is checked against: the tags in kb/tags.yml and the platform
 * versions in versions.json. Pure: the caller reads the files.
 */
import {parse} from 'yaml';
import * as z from 'zod';

import {NEXT_VERSION} from './versions';

export interface KbTag {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface KbContext {
  /** Known tags, in the order of kb/tags.yml (which is also the order of the topics). */
  readonly tags: readonly KbTag[];
  /** Platform versions an answer may apply to: the released ones and `next`. */
  readonly versions: readonly string[];
  /** Today, `YYYY-MM-DD`: no answer is verified in the future. */
  readonly today: string;
}

const TAG_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const tagsFileSchema = z.record(
  z.string().regex(TAG_ID, 'tag ids are lower-case words joined by hyphens'),
  z
    .object({
      label: z.string().min(1),
      description: z.string().min(1),
    })
    .strict(),
);

/** Parses kb/tags.yml, throwing an error that names the file and the entry. */
export function parseTagsFile(text: string, file: string): KbTag[] {
  const result = tagsFileSchema.safeParse(parse(text));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.') || '(file)'}: ${issue.message}. Each tag is "<id>: {label: <shown to readers>, description: <one line>}".`,
    );
    throw new Error(
      `${file} is not a valid tags file:\n${problems.join('\n')}`,
    );
  }
  return Object.entries(result.data).map(([id, tag]) => ({id, ...tag}));
}

/** Parses versions.json (newest first) and adds the unreleased `next`. */
export function parseVersionsFile(text: string, file: string): string[] {
  const result = z.array(z.string().min(1)).safeParse(JSON.parse(text));
  if (!result.success) {
    throw new Error(`${file} must be a JSON array of version names`);
  }
  return [...result.data, NEXT_VERSION];
}
