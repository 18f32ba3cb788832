/**
 * The knowledge-base entry check: one answer per plain-Markdown file in its
 * topic folder, with valid front matter and a body free of anything that
 * would run in a reader's browser. Run by `npm test` and by the build (the kb
 * plugin), so a bad answer never reaches readers. Pure: callers read files.
 */
import matter from 'gray-matter';
import {parse} from 'yaml';

import type {KbContext} from './context';
import {checkFrontMatter, type KbFrontMatter} from './frontMatter';
import {checkBody} from './markdown';

export interface KbSource {
  /** Path from the site directory, with forward slashes: `kb/gitops/sync-stuck.md`. */
  readonly file: string;
  readonly source: string;
}

export interface KbProblem {
  readonly file: string;
  /** 1-based line in the file, when the problem is in the body. */
  readonly line?: number;
  readonly message: string;
}

export interface ParsedEntry {
  readonly data: unknown;
  readonly body: string;
  /** Lines before the body (the front matter block), to turn body lines into file lines. */
  readonly bodyLineOffset: number;
}

/** A slug: lower-case words and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Splits front matter from the body like Docusaurus does (gray-matter), but
 * parses the YAML with the `yaml` package, which keeps `2026-10-14` as text
 * so a date like 2026-02-30 is caught instead of rolled over to March.
 */
export function parseEntry(source: string): ParsedEntry {
  const parsed = matter(source, {
    engines: {yaml: (text: string) => parse(text) as object},
  });
  const bodyStart = source.length - parsed.content.length;
  const bodyLineOffset = source.slice(0, bodyStart).split('\n').length - 1;
  return {
    data: parsed.matter.trim() === '' ? undefined : parsed.data,
    body: parsed.content,
    bodyLineOffset,
  };
}

/** `kb/<topic>/<slug>.md` → its parts, or undefined for any other shape. */
export function entryPath(
  file: string,
): {topic: string; slug: string; extension: string} | undefined {
  const match = /^kb\/([^/]+)\/([^/]+)\.(md|mdx)$/.exec(file);
  return match
    ? {topic: match[1]!, slug: match[2]!, extension: match[3]!}
    : undefined;
}

function pathProblems(file: string, context: KbContext): string[] {
  if (file.endsWith('.mdx')) {
    return [
      "is MDX, which runs code at build time and in every reader's browser: rename it to .md and write plain Markdown",
    ];
  }
  const path = entryPath(file);
  const topics = context.tags.map((tag) => tag.id);
  if (!path) {
    return [
      `is not in a topic folder: move it to kb/<topic>/<question>.md, where <topic> is one of ${topics.join(', ')}`,
    ];
  }
  const problems: string[] = [];
  if (!topics.includes(path.topic)) {
    problems.push(
      `is in kb/${path.topic}/, which is not a topic: topic folders are named after the tags in kb/tags.yml (${topics.join(', ')})`,
    );
  }
  if (!SLUG.test(path.slug)) {
    problems.push(
      `has the file name "${path.slug}.md": use lower-case words joined by hyphens (npm run kb:new picks one for you)`,
    );
  }
  return problems;
}

/** Every problem with one answer file. */
export function checkEntry(entry: KbSource, context: KbContext): KbProblem[] {
  const problems: KbProblem[] = pathProblems(entry.file, context).map(
    (message) => ({file: entry.file, message}),
  );
  let parsed: ParsedEntry;
  try {
    parsed = parseEntry(entry.source);
  } catch (error) {
    return [
      ...problems,
      {
        file: entry.file,
        message: `front matter is not valid YAML (${String((error as Error).message).split('\n')[0]}): check the quoting and indentation between the "---" lines`,
      },
    ];
  }
  if (parsed.data === undefined) {
    problems.push({
      file: entry.file,
      message:
        'has no front matter: start the file with a "---" block holding title, description, tags, contributors, last_verified and applies_to (npm run kb:new writes one)',
    });
  } else {
    for (const message of checkFrontMatter(parsed.data, context)) {
      problems.push({file: entry.file, message});
    }
    const path = entryPath(entry.file);
    const tags = (parsed.data as Partial<KbFrontMatter>).tags;
    if (
      path &&
      Array.isArray(tags) &&
      context.tags.some((tag) => tag.id === path.topic) &&
      !tags.includes(path.topic)
    ) {
      problems.push({
        file: entry.file,
        message: `front matter "tags" does not include "${path.topic}", the topic folder the answer is in: add it, or move the file to the folder of its main tag`,
      });
    }
  }
  for (const problem of checkBody(parsed.body)) {
    problems.push({
      file: entry.file,
      line: problem.line + parsed.bodyLineOffset,
      message: problem.message,
    });
  }
  return problems;
}

/** Every problem in the knowledge base, including two answers with the same slug. */
export function checkKb(
  entries: readonly KbSource[],
  context: KbContext,
): KbProblem[] {
  const problems = entries.flatMap((entry) => checkEntry(entry, context));
  const bySlug = new Map<string, string[]>();
  for (const entry of entries) {
    const slug = entryPath(entry.file)?.slug;
    if (slug) {
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry.file]);
    }
  }
  for (const files of bySlug.values()) {
    for (const file of files.slice(1)) {
      problems.push({
        file,
        message: `asks the same question as ${files[0]} (same file name): improve that answer instead, or name this one after what makes it different`,
      });
    }
  }
  return problems;
}

/** `kb/x.md:12: message`, one line per problem. */
export function formatProblem(problem: KbProblem): string {
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`;
}

/** The error a build or test reports: every problem, and where the rules are. */
export function formatProblems(problems: readonly KbProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [
    `The knowledge base has ${count} (rules: contribute/kb-answer.md, "What the check refuses, and why"):`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
  ].join('\n');
}
