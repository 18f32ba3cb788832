/**
 * The one synthetic corpus of the tooling: knowledge-base answers in topic
 * folders, handbook pages in every docs version, and blog posts, built from
 * the site's own tags, authors and versions so that the strict build accepts
 * them. `generateCorpus` is pure (same options, same files); `readSiteFacts`
 * and `writeCorpus` do the file work on a copy of the site, for
 * `npm run bench` and `npm run bench:manifests`. `npm run search:bench`
 * writes the same pages as HTML instead (corpus-html.ts).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {dirname, join} from 'node:path';
import {parse} from 'yaml';

import {random} from '../../src/lib/random';
import {
  BLOG_THEMES,
  CLUSTERS,
  DOCS_MANIFESTS,
  DOCS_SECTIONS,
  KB_TOPICS,
  WORKLOADS,
  type Problem,
} from './corpus-text';

export interface CorpusOptions {
  /** Knowledge-base answers. */
  readonly kbAnswers: number;
  /** Handbook pages in each docs version. */
  readonly docsPages: number;
  /** Docs versions including the unreleased one (docs/); 1 builds docs/ only. */
  readonly versions: number;
  readonly blogPosts: number;
  /** Seed of the generator; the same seed gives the same files. Default 2026. */
  readonly seed?: number;
}

/** What the corpus must agree with, read from the site it is added to. */
export interface SiteFacts {
  readonly kbTags: readonly string[];
  /** Tag keys of each docs version folder: "docs", "versioned_docs/version-2026.1". */
  readonly docsTags: Readonly<Record<string, readonly string[]>>;
  readonly blogTags: readonly string[];
  /** Blog author keys and their GitHub handles (kb `contributors`). */
  readonly authors: readonly {readonly key: string; readonly github: string}[];
  /** Released docs versions, newest first (versions.json). */
  readonly versions: readonly string[];
}

export interface CorpusFile {
  /** Relative to the site directory, with forward slashes. */
  readonly path: string;
  readonly content: string;
  /** Write only when the site has no such file (category metadata). */
  readonly keepExisting?: boolean;
}

export interface VersionPlan {
  /** Released versions after the change, newest first (the new versions.json). */
  readonly released: readonly string[];
  /** Versions to create, each copied from the oldest existing one. */
  readonly added: readonly string[];
  /** Versions to drop from the copy. */
  readonly removed: readonly string[];
  /** Build only docs/ (served at /docs), as DOCS_ONLY_CURRENT=true does. */
  readonly onlyCurrent: boolean;
}

export interface Corpus {
  readonly files: readonly CorpusFile[];
  readonly versions: VersionPlan;
  readonly counts: {
    readonly kbAnswers: number;
    readonly docsPages: number;
    readonly blogPosts: number;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)]!;

export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const yamlString = (text: string): string => JSON.stringify(text);

/**
 * The version before `version` in the platform's YYYY.N scheme (two releases
 * a year): 2025.2 -> 2025.1 -> 2024.2.
 */
export function previousVersion(version: string): string {
  const match = /^(\d{4})\.(\d+)$/.exec(version);
  if (!match) {
    throw new Error(
      `versions.json has "${version}", which is not YYYY.N: the bench can only add versions before a YYYY.N release.`,
    );
  }
  const [year, release] = [Number(match[1]), Number(match[2])];
  return release > 1 ? `${year}.${release - 1}` : `${year - 1}.2`;
}

export function planVersions(
  existing: readonly string[],
  versions: number,
): VersionPlan {
  if (!Number.isInteger(versions) || versions < 1) {
    throw new Error(`--versions must be 1 or more, not ${versions}.`);
  }
  if (versions === 1) {
    return {released: [...existing], added: [], removed: [], onlyCurrent: true};
  }
  const wanted = versions - 1;
  const released = existing.slice(0, wanted);
  const added: string[] = [];
  let oldest = released.at(-1) ?? '2026.1';
  while (released.length < wanted) {
    oldest = released.length === 0 ? oldest : previousVersion(oldest);
    released.push(oldest);
    added.push(oldest);
  }
  return {
    released,
    added,
    removed: existing.slice(wanted),
    onlyCurrent: false,
  };
}

const versionDir = (version: string | 'current'): string =>
  version === 'current' ? 'docs' : `versioned_docs/version-${version}`;

interface KbAnswer {
  readonly path: string;
  readonly url: string;
  readonly problem: Problem;
}

interface DocsPage {
  readonly section: (typeof DOCS_SECTIONS)[number];
  /** Path inside a version folder: "networking/ingress-reference.md". */
  readonly file: string;
  /** URL in the latest release: "/docs/networking/ingress-reference". */
  readonly latestUrl: string;
  readonly title: string;
  readonly subject: string;
  readonly aspect: string;
}

const ASPECTS = [
  'overview',
  'step by step',
  'reference',
  'troubleshooting',
  'limits',
  'examples',
] as const;

const TEAMS = [
  'payments',
  'search',
  'identity',
  'billing',
  'logistics',
  'catalogue',
  'notifications',
  'analytics',
] as const;

function planDocsPages(count: number): DocsPage[] {
  const pages: DocsPage[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const section = DOCS_SECTIONS[index % DOCS_SECTIONS.length]!;
    const round = Math.floor(index / DOCS_SECTIONS.length);
    const subject = section.subjects[round % section.subjects.length]!;
    const aspect =
      ASPECTS[Math.floor(round / section.subjects.length) % ASPECTS.length]!;
    const base = slugify(`${subject} ${aspect}`);
    const n = (seen.get(`${section.dir}/${base}`) ?? 0) + 1;
    seen.set(`${section.dir}/${base}`, n);
    const slug = n === 1 ? base : `${base}-${n}`;
    const title = `${subject[0]!.toUpperCase()}${subject.slice(1)}: ${aspect}${n === 1 ? '' : ` (part ${n})`}`;
    pages.push({
      section,
      file: `${section.dir}/${slug}.md`,
      latestUrl: `/docs/${section.dir}/${slug}`,
      title,
      subject,
      aspect,
    });
  }
  return pages;
}

function planKbAnswers(
  count: number,
  facts: SiteFacts,
): (KbAnswer & {topic: string; subtopic: string; title: string; n: number})[] {
  const topics = Object.keys(KB_TOPICS).filter((topic) =>
    facts.kbTags.includes(topic),
  );
  if (count > 0 && topics.length === 0) {
    throw new Error(
      `kb/tags.yml has none of the bench topics (${Object.keys(KB_TOPICS).join(', ')}): add them to scripts/lib/corpus-text.ts or kb/tags.yml.`,
    );
  }
  const next = random(8);
  const counters = new Map<string, number>();
  const answers = [];
  for (let index = 0; index < count; index++) {
    const topic = topics[index % topics.length]!;
    const {subtopics, problems} = KB_TOPICS[topic]!;
    const round = Math.floor(index / topics.length);
    const problemIndex = round % problems.length;
    const problem = problems[problemIndex]!;
    const [subtopic] = subtopics[problemIndex % subtopics.length]!;
    const n = (counters.get(problem.slug) ?? 0) + 1;
    counters.set(problem.slug, n);
    const workload = pick(next, WORKLOADS);
    const cluster = pick(next, CLUSTERS);
    const slug = `${problem.slug}-${n}`;
    answers.push({
      topic,
      subtopic,
      n,
      problem,
      title: `${problem.question.replace(/\?$/, '')} (${workload} on ${cluster})?`,
      // Answers live directly in their topic's folder, as the kb check
      // requires; subtopics only group related answers.
      path: `kb/${topic}/${slug}.md`,
      url: `/kb/${topic}/${slug}`,
    });
  }
  return answers;
}

function table(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  return [
    `| ${header!.join(' | ')} |`,
    `| ${header!.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function kbAnswerFile(
  answer: ReturnType<typeof planKbAnswers>[number],
  siblings: readonly ReturnType<typeof planKbAnswers>[number][],
  docsPage: DocsPage | undefined,
  facts: SiteFacts,
  next: () => number,
): CorpusFile {
  const {problem} = answer;
  const contributors = [pick(next, facts.authors).github];
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 10);
  const appliesTo = facts.versions.slice(0, 2);
  const team = pick(next, TEAMS);
  const related = siblings
    .filter((sibling) => sibling.path !== answer.path)
    .slice(0, 2)
    .map(
      (sibling) =>
        `- [${sibling.title}](./${sibling.path.split('/').at(-1)}#fix-it)`,
    );
  const docsLink = docsPage
    ? `\nThe handbook explains the details in [${docsPage.title}](${docsPage.latestUrl}#reference).\n`
    : '';
  const content = `---
title: ${yamlString(answer.title)}
description: ${yamlString(problem.summary)}
tags: [${answer.topic}]
contributors: [${contributors.join(', ')}]
last_verified: 2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}
applies_to: [${appliesTo.map((version) => `'${version}'`).join(', ')}]
---

${problem.summary} The ${team} team hit this first; the answer applies to every team.

## Why it happens

${problem.cause}

Typical messages and what they mean:

${table([['message', 'cause', 'fix'], ...problem.messages.map(([message, cause, fix]) => [`\`${message}\``, cause, fix])])}

## Find the error

\`\`\`${problem.codeLanguage}
${problem.code}
\`\`\`

## Fix it

${problem.fix}
${docsLink}
## Related answers

${related.length > 0 ? related.join('\n') : '- Ask in the support channel if this did not help.'}
`;
  return {path: answer.path, content};
}

function docsPageFile(
  page: DocsPage,
  sectionPages: readonly DocsPage[],
  allPages: readonly DocsPage[],
  kbAnswer: KbAnswer | undefined,
  dir: string,
  versionLabel: string,
  tags: readonly string[],
  next: () => number,
): CorpusFile {
  const tag = tags.includes(page.section.tag) ? page.section.tag : tags[0];
  const position = sectionPages.indexOf(page) + 1;
  const sibling = sectionPages[position % sectionPages.length || 0]!;
  const other = allPages[Math.floor(next() * allPages.length)]!;
  const relative = (target: DocsPage) =>
    target.section.dir === page.section.dir
      ? `./${target.file.split('/').at(-1)}`
      : `../${target.file}`;
  const manifest = pick(next, DOCS_MANIFESTS);
  const kbLink = kbAnswer
    ? `- A team that hit a related problem wrote it up in the knowledge base: [${kbAnswer.problem.question}](${kbAnswer.url}).\n`
    : '';
  const content = `---
title: ${yamlString(page.title)}
description: ${yamlString(`${page.aspect[0]!.toUpperCase()}${page.aspect.slice(1)} of ${page.subject} on the platform, version ${versionLabel}.`)}
sidebar_position: ${position}
${tag ? `tags: [${tag}]\n` : ''}---

# ${page.title}

This page covers ${page.subject} (${page.aspect}) for platform ${versionLabel}. Everything here is
done through your deployment repository: you describe the change in a manifest, open a pull request,
and the GitOps controller applies it once it is merged.

## Before you start

- Your team has a tenant and at least one namespace (see [the section overview](${relative(sectionPages[0]!)})).
- You can open pull requests in your deployment repository.
- The platform CLI is installed: \`platform version\` prints ${versionLabel === 'Next' ? 'a development build' : versionLabel} or newer.

## Step by step

1. Create a branch in your deployment repository.
2. Add or change the manifest below in \`deploy/base/\`.
3. Open a pull request; the checks validate the manifest against the platform policies.
4. Merge it. The deploy check on the merge commit turns green when the change runs.

\`\`\`yaml
${manifest}
\`\`\`

Check the result from your terminal:

\`\`\`bash
platform app status orders --env staging
platform app events orders --env staging --since 15m
\`\`\`

## Reference

${table([
  ['field', 'required', 'default', 'what it does'],
  ['`metadata.name`', 'yes', '-', 'the name every other object refers to'],
  [
    '`spec.replicas`',
    'no',
    '2',
    'pods kept running; the platform spreads them over zones',
  ],
  [
    '`resources.requests`',
    'yes',
    '-',
    'what the scheduler reserves, counted against your quota',
  ],
  [
    '`resources.limits.memory`',
    'yes',
    '-',
    'the pod is restarted when it uses more',
  ],
  [
    '`platform.internal/tls`',
    'no',
    '`managed`',
    'who issues the certificate for the ingress hosts',
  ],
])}

## Troubleshooting

- The pull request check fails with a policy error: the message names the rule; the rules are listed in
  [${sibling.title}](${relative(sibling)}#reference).
- The deploy check stays pending: read [${other.title}](${relative(other)}#troubleshooting).
${kbLink}`;
  return {path: `${dir}/${page.file}`, content};
}

function blogPostFile(
  index: number,
  pages: readonly DocsPage[],
  answers: readonly KbAnswer[],
  facts: SiteFacts,
  next: () => number,
  usedSlugs: Map<string, number>,
): CorpusFile {
  const theme = BLOG_THEMES[index % BLOG_THEMES.length]!;
  const subjects = DOCS_SECTIONS.flatMap((section) => section.subjects);
  const subject =
    subjects[Math.floor(index / BLOG_THEMES.length) % subjects.length]!;
  const date = new Date(Date.UTC(2026, 9, 30) - index * 2 * 86_400_000);
  const day = date.toISOString().slice(0, 10);
  const base = slugify(theme.title(subject));
  const n = (usedSlugs.get(base) ?? 0) + 1;
  usedSlugs.set(base, n);
  const slug = n === 1 ? base : `${base}-${n}`;
  const authors = [pick(next, facts.authors).key];
  const second = pick(next, facts.authors).key;
  if (second !== authors[0] && next() < 0.4) {
    authors.push(second);
  }
  const tags = theme.tags.filter((tag) => facts.blogTags.includes(tag));
  const page = pages.length > 0 ? pick(next, pages) : undefined;
  const answer = answers.length > 0 ? pick(next, answers) : undefined;
  const title = `${theme.title(subject)}${n === 1 ? '' : ` (${n})`}`;
  const postTags = tags.length > 0 ? tags : facts.blogTags.slice(0, 1);
  // Posts tagged events must say when and where (the community plugin checks
  // it): two weeks after the post, an hour in the afternoon.
  const eventDay = new Date(date.getTime() + 14 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const event = postTags.includes('events')
    ? `event:\n  start: ${eventDay}T14:00:00+01:00\n  end: ${eventDay}T15:00:00+01:00\n  location: Auditorium B, Copenhagen office\n`
    : '';
  const content = `---
slug: ${slug}
title: ${yamlString(title)}
authors: [${authors.join(', ')}]
tags: [${postTags.join(', ')}]
${event}---

${theme.lead(subject)}

<!-- truncate -->

## Why ${subject}

Over the last quarter, ${Math.floor(next() * 40) + 5} teams asked about ${subject} in the support
channel. The answers were spread over threads that scrolled away, so this ${theme.kind} collects them.

## What you need

${table([
  ['what', 'where'],
  [
    'the platform CLI',
    '`brew install platform-cli` or the internal package mirror',
  ],
  ['access to your deployment repository', 'your team leads grant it'],
  ['a namespace on the workshop cluster', 'created for you when you register'],
])}

## Try it

\`\`\`bash
platform login
platform app status orders --env staging
\`\`\`

${page ? `The handbook page [${page.title}](${page.latestUrl}) has the details` : 'The handbook has the details'}${answer ? `, and the knowledge base answers [the question teams ask most](${answer.url})` : ''}.
`;
  return {path: `blog/${day}-${slug}.md`, content};
}

export function generateCorpus(
  options: CorpusOptions,
  facts: SiteFacts,
): Corpus {
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`${name} must be a whole number, not ${value}.`);
    }
  }
  if (facts.authors.length === 0) {
    throw new Error(
      'blog/authors.yml has no authors: the bench needs at least one.',
    );
  }
  const versions = planVersions(facts.versions, options.versions);
  const next = random(options.seed ?? 2026);
  const files: CorpusFile[] = [];

  const answers = planKbAnswers(options.kbAnswers, facts);
  const docsPages = planDocsPages(options.docsPages);

  // Knowledge base: one folder per topic (a tag of kb/tags.yml), as real
  // answers are laid out; the kb sidebar lists topics, never answers.
  const bySubtopic = new Map<string, typeof answers>();
  for (const answer of answers) {
    const key = `${answer.topic}/${answer.subtopic}`;
    bySubtopic.set(key, [...(bySubtopic.get(key) ?? []), answer]);
  }
  answers.forEach((answer, index) => {
    const siblings = bySubtopic.get(`${answer.topic}/${answer.subtopic}`)!;
    const at = siblings.indexOf(answer);
    const nearby = [siblings[at + 1], siblings[at - 1]].filter(
      (sibling): sibling is (typeof answers)[number] => sibling !== undefined,
    );
    // /docs/... is the latest release, or docs/ itself when only it is built.
    const docsPage =
      docsPages.length > 0 ? docsPages[index % docsPages.length] : undefined;
    files.push(kbAnswerFile(answer, nearby, docsPage, facts, next));
  });

  // Handbook: the same pages in every version, as a release freezes docs/.
  const versionDirs: [string, string][] = [
    ['docs', 'Next'],
    ...(versions.onlyCurrent
      ? []
      : versions.released.map(
          (version) => [versionDir(version), version] as [string, string],
        )),
  ];
  const bySection = new Map<string, DocsPage[]>();
  for (const page of docsPages) {
    bySection.set(page.section.dir, [
      ...(bySection.get(page.section.dir) ?? []),
      page,
    ]);
  }
  for (const [dir, label] of versionDirs) {
    const tags =
      facts.docsTags[dir] ??
      facts.docsTags[versionDir(facts.versions.at(-1) ?? 'current')] ??
      facts.docsTags.docs ??
      [];
    for (const [sectionDir, pages] of bySection) {
      const section = pages[0]!.section;
      files.push({
        path: `${dir}/${sectionDir}/_category_.json`,
        content: `${JSON.stringify({label: section.label, position: 10 + DOCS_SECTIONS.indexOf(section), collapsed: true}, null, 2)}\n`,
        keepExisting: true,
      });
      for (const page of pages) {
        files.push(
          docsPageFile(
            page,
            pages,
            docsPages,
            answers.length > 0
              ? answers[docsPages.indexOf(page) % answers.length]
              : undefined,
            dir,
            label,
            tags,
            next,
          ),
        );
      }
    }
  }

  // Blog: one post every two days, going back from the newest.
  const usedSlugs = new Map<string, number>();
  for (let index = 0; index < options.blogPosts; index++) {
    files.push(blogPostFile(index, docsPages, answers, facts, next, usedSlugs));
  }

  return {
    files,
    versions,
    counts: {
      kbAnswers: answers.length,
      docsPages: docsPages.length * versionDirs.length,
      blogPosts: options.blogPosts,
    },
  };
}

const tagKeys = (file: string): string[] =>
  existsSync(file)
    ? Object.keys((parse(readFileSync(file, 'utf8')) as object | null) ?? {})
    : [];

/** Reads the tags, authors and versions the corpus has to use. */
export function readSiteFacts(siteDir: string): SiteFacts {
  const versionsFile = join(siteDir, 'versions.json');
  const versions = existsSync(versionsFile)
    ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[])
    : [];
  const authorsFile = join(siteDir, 'blog', 'authors.yml');
  const authorsYaml = (parse(readFileSync(authorsFile, 'utf8')) ??
    {}) as Record<string, {socials?: {github?: string}}>;
  const authors = Object.entries(authorsYaml).map(([key, author]) => ({
    key,
    github: author.socials?.github ?? key,
  }));
  const docsTags: Record<string, string[]> = {
    docs: tagKeys(join(siteDir, 'docs', 'tags.yml')),
  };
  for (const version of versions) {
    docsTags[versionDir(version)] = tagKeys(
      join(siteDir, versionDir(version), 'tags.yml'),
    );
  }
  return {
    kbTags: tagKeys(join(siteDir, 'kb', 'tags.yml')),
    docsTags,
    blogTags: tagKeys(join(siteDir, 'blog', 'tags.yml')),
    authors,
    versions,
  };
}

/**
 * Writes the corpus into a copy of the site: creates the added docs versions
 * (from the oldest existing one), drops the removed ones, updates
 * versions.json, and writes every file.
 */
export function writeCorpus(siteDir: string, corpus: Corpus): void {
  const {versions} = corpus;
  const existing = JSON.parse(
    readFileSync(join(siteDir, 'versions.json'), 'utf8'),
  ) as string[];
  const template = existing.at(-1);
  for (const version of versions.added) {
    if (!template) {
      throw new Error(
        'versions.json is empty: the bench copies new versions from an existing one.',
      );
    }
    cpSync(
      join(siteDir, versionDir(template)),
      join(siteDir, versionDir(version)),
      {
        recursive: true,
      },
    );
    cpSync(
      join(siteDir, 'versioned_sidebars', `version-${template}-sidebars.json`),
      join(siteDir, 'versioned_sidebars', `version-${version}-sidebars.json`),
    );
  }
  for (const version of versions.removed) {
    rmSync(join(siteDir, versionDir(version)), {recursive: true, force: true});
    rmSync(
      join(siteDir, 'versioned_sidebars', `version-${version}-sidebars.json`),
      {force: true},
    );
  }
  if (!versions.onlyCurrent) {
    writeFileSync(
      join(siteDir, 'versions.json'),
      `${JSON.stringify(versions.released, null, 2)}\n`,
    );
  }
  for (const file of corpus.files) {
    const target = join(siteDir, file.path);
    if (file.keepExisting && existsSync(target)) {
      continue;
    }
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, file.content);
  }
}
