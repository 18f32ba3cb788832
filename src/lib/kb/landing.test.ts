import {describe, expect, it} from 'vitest';

import type {KbTag} from './context';
import {
  countByTag,
  filterAnswers,
  landingSummary,
  parseFilter,
  searchText,
  serializeFilter,
  sortAnswers,
  tagFilterPath,
  toggleTag,
  type KbListEntry,
} from './landing';

const tags: KbTag[] = [
  {id: 'dns', label: 'DNS', description: 'Host names'},
  {id: 'certificates', label: 'Certificates', description: 'TLS'},
  {id: 'gitops', label: 'GitOps', description: 'Syncs'},
];

const answers: KbListEntry[] = [
  {
    title: 'Why does my host name not resolve?',
    description:
      'external-dns creates the record once the Ingress is admitted.',
    permalink: '/kb/dns/host-does-not-resolve',
    tags: ['dns'],
    lastVerified: '2026-09-01',
  },
  {
    title: 'Why is my certificate not issued?',
    description: 'The HTTP-01 challenge needs the host name to resolve first.',
    permalink: '/kb/certificates/certificate-not-issued',
    tags: ['certificates', 'dns'],
    lastVerified: '2026-10-01',
  },
  {
    title: 'How do I roll back a release?',
    description: 'Revert the merge commit; the controller syncs the revert.',
    permalink: '/kb/gitops/roll-back',
    tags: ['gitops'],
    lastVerified: '2026-10-01',
  },
];

const texts = answers.map((answer) => searchText(answer, tags));
const titles = (list: readonly KbListEntry[]) =>
  list.map((answer) => answer.title);

describe('URL state', () => {
  it('round-trips tags and text, keeping other parameters', () => {
    const search = serializeFilter(
      {tags: ['dns', 'certificates'], query: 'not issued'},
      '?utm=x',
    );
    expect(search).toBe('?utm=x&tags=dns&tags=certificates&q=not+issued');
    expect(parseFilter(search, ['dns', 'certificates'])).toEqual({
      tags: ['dns', 'certificates'],
      query: 'not issued',
    });
  });

  it('leaves no trace for an empty filter', () => {
    expect(serializeFilter({tags: [], query: '  '})).toBe('');
  });

  it('ignores unknown and repeated tags, and accepts comma lists', () => {
    expect(parseFilter('?tags=dns,bogus&tags=dns', ['dns']).tags).toEqual([
      'dns',
    ]);
  });

  it('builds the topic links of the sidebar', () => {
    expect(tagFilterPath('/kb', 'dns')).toBe('/kb?tags=dns');
  });

  it('toggles a tag on and off', () => {
    const on = toggleTag({tags: [], query: 'x'}, 'dns');
    expect(on).toEqual({tags: ['dns'], query: 'x'});
    expect(toggleTag(on, 'dns').tags).toEqual([]);
  });
});

describe('filterAnswers', () => {
  it('matches every selected tag', () => {
    expect(
      titles(filterAnswers(answers, texts, {tags: ['dns'], query: ''})),
    ).toEqual([
      'Why does my host name not resolve?',
      'Why is my certificate not issued?',
    ]);
    expect(
      titles(
        filterAnswers(answers, texts, {
          tags: ['dns', 'certificates'],
          query: '',
        }),
      ),
    ).toEqual(['Why is my certificate not issued?']);
  });

  it('matches every word at the start of a word, in any case and accent', () => {
    expect(
      titles(filterAnswers(answers, texts, {tags: [], query: 'CERT issued'})),
    ).toEqual(['Why is my certificate not issued?']);
    expect(
      titles(filterAnswers(answers, texts, {tags: [], query: 'Révert'})),
    ).toEqual(['How do I roll back a release?']);
    // "ssued" is inside a word, not at its start.
    expect(filterAnswers(answers, texts, {tags: [], query: 'ssued'})).toEqual(
      [],
    );
  });

  it('finds an answer by a tag label', () => {
    expect(
      titles(filterAnswers(answers, texts, {tags: [], query: 'gitops'})),
    ).toEqual(['How do I roll back a release?']);
  });

  it('filters 3,000 answers quickly enough for every keystroke', () => {
    const many = Array.from({length: 3000}, (_, index) => ({
      ...answers[index % 3]!,
      permalink: `/kb/x/${index}`,
    }));
    const manyTexts = many.map((answer) => searchText(answer, tags));
    const start = performance.now();
    for (let round = 0; round < 10; round += 1) {
      filterAnswers(many, manyTexts, {tags: ['dns'], query: 'host name'});
    }
    expect((performance.now() - start) / 10).toBeLessThan(25);
  });
});

describe('counts and order', () => {
  it('counts answers per tag', () => {
    expect(Object.fromEntries(countByTag(answers))).toEqual({
      dns: 2,
      certificates: 1,
      gitops: 1,
    });
  });

  it('puts the most recently verified first, then sorts by title', () => {
    expect(titles(sortAnswers(answers))).toEqual([
      'How do I roll back a release?',
      'Why is my certificate not issued?',
      'Why does my host name not resolve?',
    ]);
  });
});

describe('the summary /kb loads with its page', () => {
  it('carries the counts and total of every answer but only the first ones', () => {
    const sorted = sortAnswers(answers);
    const summary = landingSummary({tags, answers: sorted}, 2);
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({dns: 2, certificates: 1, gitops: 1});
    expect(summary.first).toEqual(sorted.slice(0, 2));
    expect(summary.tags).toBe(tags);
  });

  it('stays the same size however many answers there are', () => {
    const many = Array.from({length: 3000}, (_, index) => ({
      ...answers[index % answers.length]!,
      permalink: `/kb/x/${index}`,
    }));
    const size = (count: number) =>
      JSON.stringify(landingSummary({tags, answers: many.slice(0, count)}, 30))
        .length;
    expect(size(3000) - size(100)).toBeLessThan(20);
  });
});
