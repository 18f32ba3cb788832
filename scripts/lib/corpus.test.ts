import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

import {checkKb, formatProblem} from '../../src/lib/kb/check';
import {
  parseTagsFile,
  parseVersionsFile,
  type KbContext,
} from '../../src/lib/kb/context';
import {NEXT_VERSION} from '../../src/lib/kb/versions';

import {
  generateCorpus,
  planVersions,
  previousVersion,
  readSiteFacts,
  type Corpus,
  type SiteFacts,
} from './corpus';
import {SITE_DIR} from '../../tests/site-copy';

// The real site's tags, authors and versions: the corpus must fit them.
const facts: SiteFacts = readSiteFacts(SITE_DIR);

function frontMatter(content: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  expect(match, content.slice(0, 200)).not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

const corpus: Corpus = generateCorpus(
  {kbAnswers: 120, docsPages: 14, versions: 4, blogPosts: 12},
  facts,
);
const byPath = new Map(corpus.files.map((file) => [file.path, file.content]));

describe('generateCorpus', () => {
  it('makes the requested number of pages of each kind', () => {
    const pages = (pattern: RegExp) =>
      corpus.files.filter(
        (file) => pattern.test(file.path) && file.path.endsWith('.md'),
      ).length;
    expect(pages(/^kb\//)).toBe(120);
    expect(pages(/^blog\//)).toBe(12);
    expect(pages(/^docs\//)).toBe(14);
    for (const version of corpus.versions.released) {
      expect(pages(new RegExp(`^versioned_docs/version-${version}/`))).toBe(14);
    }
    expect(corpus.counts).toEqual({
      kbAnswers: 120,
      docsPages: 14 * 4,
      blogPosts: 12,
    });
  });

  it('writes every file once', () => {
    expect(byPath.size).toBe(corpus.files.length);
  });

  it('is the same corpus every time', () => {
    const again = generateCorpus(
      {kbAnswers: 120, docsPages: 14, versions: 4, blogPosts: 12},
      facts,
    );
    expect(again.files).toEqual(corpus.files);
  });

  it('writes kb answers that pass the knowledge-base check the build runs', () => {
    const answers = corpus.files.filter(
      (file) => file.path.startsWith('kb/') && file.path.endsWith('.md'),
    );
    const context: KbContext = {
      tags: parseTagsFile(
        readFileSync(join(SITE_DIR, 'kb', 'tags.yml'), 'utf8'),
        'kb/tags.yml',
      ),
      versions: [
        ...parseVersionsFile(
          readFileSync(join(SITE_DIR, 'versions.json'), 'utf8'),
          'versions.json',
        ),
        NEXT_VERSION,
      ],
      today: '2026-12-31',
    };
    const problems = checkKb(
      answers.map((file) => ({file: file.path, source: file.content})),
      context,
    );
    expect(problems.map(formatProblem)).toEqual([]);
    // Grouped: answers spread over the topic folders, as real ones are.
    const perFolder = new Map<string, number>();
    for (const answer of answers) {
      const folder = answer.path.split('/').slice(0, 2).join('/');
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    expect(perFolder.size).toBeGreaterThan(1);
  });

  it('gives kb answers the front matter of real ones', () => {
    const github = facts.authors.map((author) => author.github);
    for (const file of corpus.files.filter(
      (candidate) =>
        candidate.path.startsWith('kb/') && candidate.path.endsWith('.md'),
    )) {
      const data = frontMatter(file.content);
      expect(data.title).toEqual(expect.any(String));
      expect(data.description).toEqual(expect.any(String));
      expect(facts.kbTags).toEqual(
        expect.arrayContaining(data.tags as string[]),
      );
      expect(github).toEqual(
        expect.arrayContaining(data.contributors as string[]),
      );
      expect(String(data.last_verified)).toMatch(/^2026-\d\d-\d\d$/);
      expect(facts.versions).toEqual(
        expect.arrayContaining(data.applies_to as string[]),
      );
      expect(file.content).toMatch(/\n\| --- \| --- \| --- \|\n/);
      expect(file.content).toMatch(/\n```(yaml|bash)\n/);
    }
  });

  it('gives blog posts known authors and tags, and a truncate marker', () => {
    const keys = facts.authors.map((author) => author.key);
    for (const file of corpus.files.filter((candidate) =>
      candidate.path.startsWith('blog/'),
    )) {
      expect(file.path).toMatch(/^blog\/\d{4}-\d\d-\d\d-[a-z0-9-]+\.md$/);
      const data = frontMatter(file.content);
      expect(keys).toEqual(expect.arrayContaining(data.authors as string[]));
      expect(facts.blogTags).toEqual(
        expect.arrayContaining(data.tags as string[]),
      );
      expect(file.content).toContain('\n<!-- truncate -->\n');
    }
  });

  it('links only to pages and headings that exist', () => {
    const latest = `versioned_docs/version-${corpus.versions.released[0]}`;
    let links = 0;
    for (const file of corpus.files.filter((candidate) =>
      candidate.path.endsWith('.md'),
    )) {
      for (const [, target, anchor] of file.content.matchAll(
        /\]\(([^)#\s]+)(?:#([a-z0-9-]+))?\)/g,
      )) {
        links += 1;
        let path: string;
        if (target!.startsWith('/docs/')) {
          path = `${latest}/${target!.slice('/docs/'.length)}.md`;
        } else if (target!.startsWith('/kb/')) {
          path = `${target!.slice(1)}.md`;
        } else {
          path = new URL(target!, `file:///${file.path}`).pathname.slice(1);
        }
        const content = byPath.get(path);
        expect(content, `${file.path} links to ${target}`).toBeDefined();
        if (anchor) {
          const headings = [...content!.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
            m[1]!.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          );
          expect(
            headings,
            `${file.path} links to ${target}#${anchor}`,
          ).toContain(anchor);
        }
      }
    }
    expect(links).toBeGreaterThan(300);
  });

  it('refuses a negative count, naming it', () => {
    expect(() =>
      generateCorpus(
        {kbAnswers: -1, docsPages: 1, versions: 2, blogPosts: 1},
        facts,
      ),
    ).toThrow('kbAnswers must be a whole number, not -1.');
  });

  it('says which file to change when kb/tags.yml has none of its topics', () => {
    expect(() =>
      generateCorpus(
        {kbAnswers: 5, docsPages: 1, versions: 2, blogPosts: 0},
        {...facts, kbTags: ['something-else']},
      ),
    ).toThrow(/kb\/tags\.yml has none of the bench topics/);
  });
});

describe('planVersions', () => {
  it('adds older releases after the oldest one', () => {
    expect(planVersions(['2026.1', '2025.2'], 5)).toEqual({
      released: ['2026.1', '2025.2', '2025.1', '2024.2'],
      added: ['2025.1', '2024.2'],
      removed: [],
      onlyCurrent: false,
    });
  });

  it('drops the oldest releases when fewer versions are asked for', () => {
    expect(planVersions(['2026.1', '2025.2'], 2)).toEqual({
      released: ['2026.1'],
      added: [],
      removed: ['2025.2'],
      onlyCurrent: false,
    });
  });

  it('builds docs/ alone for one version, as previews do', () => {
    expect(planVersions(['2026.1', '2025.2'], 1).onlyCurrent).toBe(true);
  });

  it('refuses zero versions', () => {
    expect(() => planVersions(['2026.1'], 0)).toThrow(
      '--versions must be 1 or more, not 0.',
    );
  });
});

describe('previousVersion', () => {
  it('counts two releases a year', () => {
    expect(previousVersion('2026.2')).toBe('2026.1');
    expect(previousVersion('2026.1')).toBe('2025.2');
  });

  it('refuses a version it cannot count back from', () => {
    expect(() => previousVersion('v3')).toThrow(/"v3", which is not YYYY\.N/);
  });
});
