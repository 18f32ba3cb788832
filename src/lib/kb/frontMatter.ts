/**
 * The front matter of a knowledge-base answer: its schema, and messages that
 * tell the contributor what to write instead.
 */
import * as z from 'zod';

import type {KbContext} from './context';
import {parseIsoDate} from '../calendarDate';

/** A GitHub handle: letters, digits and single hyphens (underscores for Enterprise managed users). */
export const GITHUB_HANDLE =
  /^[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_])){0,38}$/;

/** Internal pages an answer may list under `related`. */
const RELATED_HREF =
  /^\/(docs|kb|blog)(\/[A-Za-z0-9._~%/-]*)?(#[A-Za-z0-9_-]+)?$/;

export const FRONT_MATTER_FIELDS = [
  'title',
  'description',
  'tags',
  'contributors',
  'last_verified',
  'applies_to',
  'related',
] as const;

export interface KbRelatedLink {
  readonly label: string;
  readonly href: string;
}

export interface KbFrontMatter {
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly contributors: readonly string[];
  readonly last_verified: string;
  readonly applies_to: readonly string[];
  readonly related?: readonly KbRelatedLink[];
}

/** What to write in each field, appended to every message about it. */
const FIELD_HELP: Record<(typeof FRONT_MATTER_FIELDS)[number], string> = {
  title: 'the question as a reader would ask it, ending with "?"',
  description: 'the answer in one line of 20 to 240 characters',
  tags: 'a list of tag ids from kb/tags.yml, e.g. [gitops]',
  contributors:
    'a list of GitHub handles without "@", e.g. [amara-okafor]; add yours when you improve an answer',
  last_verified:
    'the day you last checked the steps on the platform, as YYYY-MM-DD',
  applies_to:
    "the platform versions the steps work on, e.g. ['2026.1']; quote them so YAML keeps them as text",
  related:
    'optional links to the docs, e.g. [{label: Ingress, href: /docs/ingress}]',
};

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export function frontMatterSchema(context: KbContext) {
  const tagIds = context.tags.map((tag) => tag.id);
  const today = parseIsoDate(context.today);
  // A contributor east of UTC may already be on tomorrow's date.
  const latest = today === undefined ? Infinity : today + 1;
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(10, 'is too short')
        .max(150, 'is longer than 150 characters')
        .refine((title) => title.endsWith('?'), 'does not end with "?"'),
      description: z
        .string()
        .trim()
        .min(20, 'is shorter than 20 characters')
        .max(240, 'is longer than 240 characters')
        .refine((text) => !/[\r\n]/.test(text), 'spans several lines'),
      tags: z
        .array(
          z.string().refine((tag) => tagIds.includes(tag), {
            error: (issue) =>
              `"${String(issue.input)}" is not a known tag (known: ${tagIds.join(', ')}); a new tag is added to kb/tags.yml in its own pull request`,
          }),
        )
        .min(1, 'is empty')
        .refine(unique, 'lists a tag twice'),
      contributors: z
        .array(
          z.string().refine((handle) => GITHUB_HANDLE.test(handle), {
            error: (issue) =>
              String(issue.input).startsWith('@')
                ? `"${String(issue.input)}" starts with "@"; write the handle alone`
                : `"${String(issue.input)}" is not a GitHub handle`,
          }),
        )
        .min(1, 'is empty')
        .refine(unique, 'lists a contributor twice'),
      last_verified: z
        .string()
        .refine((date) => parseIsoDate(date) !== undefined, {
          error: (issue) =>
            `"${String(issue.input)}" is not a real YYYY-MM-DD date`,
        })
        .refine((date) => (parseIsoDate(date) ?? 0) <= latest, {
          error: (issue) =>
            `"${String(issue.input)}" is in the future (today is ${context.today})`,
        }),
      applies_to: z
        .array(
          z
            .string({error: 'is not quoted text'})
            .refine((version) => context.versions.includes(version), {
              error: (issue) =>
                `"${String(issue.input)}" is not a platform version (known: ${context.versions.join(', ')})`,
            }),
        )
        .min(1, 'is empty')
        .refine(unique, 'lists a version twice'),
      related: z
        .array(
          z
            .object({
              label: z.string().trim().min(3, 'label is too short'),
              href: z
                .string()
                .regex(
                  RELATED_HREF,
                  'href is not a path on this site (/docs/…, /kb/… or /blog/…)',
                ),
            })
            .strict(),
        )
        .optional(),
    })
    .strict();
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    data,
  );
}

function hasField(data: unknown, field: string): boolean {
  return typeof data === 'object' && data !== null && field in data;
}

/** Problems with an entry's front matter, one sentence each, naming the field and the fix. */
export function checkFrontMatter(data: unknown, context: KbContext): string[] {
  const result = frontMatterSchema(context).safeParse(data);
  if (result.success) {
    return [];
  }
  return result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `front matter has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: an answer uses only ${FRONT_MATTER_FIELDS.join(', ')}`;
    }
    const [field, ...rest] = issue.path;
    const help = FIELD_HELP[field as keyof typeof FIELD_HELP];
    if (rest.length === 0 && !hasField(data, String(field))) {
      return `front matter "${String(field)}" is missing: write ${help}`;
    }
    const where = [
      String(field),
      ...rest.map((part) => `[${String(part)}]`),
    ].join('');
    const value = valueAt(data, issue.path);
    const message =
      issue.code !== 'invalid_type'
        ? issue.message
        : typeof value === 'number' && issue.expected === 'string'
          ? `is the number ${value}: quote it ('${value}'), because YAML reads 2026.10 as 2026.1`
          : `is a ${Array.isArray(value) ? 'list' : typeof value}, not a ${issue.expected === 'array' ? 'list' : issue.expected}`;
    return `front matter "${where}" ${message}: write ${help}`;
  });
}
