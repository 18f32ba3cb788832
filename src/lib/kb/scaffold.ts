/**
 * `npm run kb:new -- "How do I …?"`: the pure part. Turns a question into a
 * file name, guesses its topic, finds the author's GitHub handle in the Git
 * configuration, and writes an entry that passes the entry check as it is.
 */
import {stringify} from 'yaml';

import {entryPath, SLUG} from './check';
import type {KbContext, KbTag} from './context';
import {GITHUB_HANDLE} from './frontMatter';

/** File names stay short, and so do the URLs made from them. */
export const MAX_SLUG_LENGTH = 60;

/** `How do I rotate a Vault secret?` → `how-do-i-rotate-a-vault-secret`. */
export function slugify(question: string): string {
  const words = question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      break;
    }
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}

function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
}

/**
 * The topic whose id, label or description shares the most words with the
 * question ("certificate" → certificates, "preview" → environments), or
 * undefined when none or several tie.
 */
export function guessTopic(
  question: string,
  tags: readonly KbTag[],
): string | undefined {
  const asked = stems(question);
  const scores = tags.map((tag) => {
    const known = stems(`${tag.id} ${tag.label} ${tag.description}`);
    const score = asked.filter((word) =>
      known.some(
        (candidate) =>
          candidate === word ||
          (word.length >= 4 &&
            (candidate.startsWith(word) || word.startsWith(candidate))),
      ),
    ).length;
    return {id: tag.id, score};
  });
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const winners = scores.filter((entry) => entry.score === best);
  return best > 0 && winners.length === 1 ? winners[0]!.id : undefined;
}

export interface GitIdentity {
  /** `git config github.user`, the convention several tools share. */
  readonly githubUser?: string;
  readonly email?: string;
  readonly name?: string;
}

/**
 * The author's GitHub handle: `github.user` if set, else the handle in a
 * GitHub no-reply address (`12345+handle@users.noreply.<host>`), else
 * `user.name` when it already is a handle.
 */
export function handleFromGit(identity: GitIdentity): string | undefined {
  const candidates = [
    identity.githubUser?.trim(),
    /^(?:\d+\+)?([^@]+)@users\.noreply\./.exec(
      identity.email?.trim() ?? '',
    )?.[1],
    identity.name?.trim(),
  ];
  return candidates.find(
    (candidate): candidate is string =>
      candidate !== undefined && GITHUB_HANDLE.test(candidate),
  );
}

export interface NewEntry {
  readonly question: string;
  readonly topic: string;
  readonly author: string;
}

export interface PlannedEntry {
  readonly file: string;
  readonly text: string;
}

/** Thrown with a message for the contributor; the CLI prints it and exits 1. */
export class ScaffoldError extends Error {}

/**
 * The new entry's path and text. Refuses a question whose file name another
 * answer already has, in any topic: improve that answer instead.
 */
export function planEntry(
  entry: NewEntry,
  context: KbContext,
  existingFiles: readonly string[],
): PlannedEntry {
  const question = entry.question.trim().replace(/\s+/g, ' ');
  if (!question.endsWith('?') || question.length < 10) {
    throw new ScaffoldError(
      `Ask it as a reader would, as a question ending with "?": npm run kb:new -- "How do I rotate a secret?"`,
    );
  }
  const topics = context.tags.map((tag) => tag.id);
  if (!topics.includes(entry.topic)) {
    throw new ScaffoldError(
      `"${entry.topic}" is not a topic. Choose one with --topic: ${topics.join(', ')}`,
    );
  }
  if (!GITHUB_HANDLE.test(entry.author)) {
    throw new ScaffoldError(
      `"${entry.author}" is not a GitHub handle. Pass yours with --author <handle>, or run: git config --global github.user <handle>`,
    );
  }
  const slug = slugify(question);
  if (!SLUG.test(slug)) {
    throw new ScaffoldError(
      `"${question}" gives no usable file name: use letters or digits in the question`,
    );
  }
  const existing = existingFiles.find((file) => entryPath(file)?.slug === slug);
  if (existing) {
    throw new ScaffoldError(
      `${existing} already answers this question (same file name "${slug}"). Improve that answer instead: edit it, add yourself to its contributors and update last_verified.`,
    );
  }
  const scalar = (value: string, quoted = false) =>
    stringify(value, {
      lineWidth: 0,
      defaultStringType: quoted ? 'QUOTE_SINGLE' : 'PLAIN',
    }).trimEnd();
  const frontMatter = [
    `title: ${scalar(question)}`,
    `description: ${scalar('Replace this with the answer in one line: what causes it, and what fixes it.')}`,
    `tags: [${entry.topic}]`,
    `contributors: [${entry.author}]`,
    `last_verified: ${context.today}`,
    // The newest released version: where the steps were checked.
    `applies_to: [${scalar(context.versions[0]!, true)}]`,
  ].join('\n');
  const body = [
    'Describe what the reader sees: the message, the symptom, and what they probably tried.',
    '',
    '## Find the cause',
    '',
    'The steps that show what is wrong, without kubectl: the Argo CD UI, the argocd CLI,',
    'Grafana, dig or openssl.',
    '',
    '## Fix it',
    '',
    'The change in Git that fixes it, as a manifest or a command a reader can copy as it is.',
    '',
  ].join('\n');
  return {
    file: `kb/${entry.topic}/${slug}.md`,
    text: `---\n${frontMatter}\n---\n\n${body}`,
  };
}
