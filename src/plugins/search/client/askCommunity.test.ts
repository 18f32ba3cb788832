import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';

import type {GitHubRepository} from '../../../data/site';
import {
  askCommunityUrl,
  KB_QUESTION_FIELD,
  KB_QUESTION_TEMPLATE,
  KB_QUESTION_TITLE_PREFIX,
  MAX_QUERY_LENGTH,
} from './askCommunity';

const repository: GitHubRepository = {
  host: 'git.northwind.example',
  owner: 'northwind-platform',
  repo: 'baseplate',
  branch: 'main',
};

interface IssueForm {
  title: string;
  body: {type: string; id?: string}[];
}

describe('askCommunityUrl', () => {
  it('names the question form, its title prefix and field as the form has them', () => {
    const form = parse(
      readFileSync(
        join(
          __dirname,
          '../../../../.github/ISSUE_TEMPLATE',
          KB_QUESTION_TEMPLATE,
        ),
        'utf8',
      ),
    ) as IssueForm;
    expect(form.title).toBe(KB_QUESTION_TITLE_PREFIX);
    expect(form.body.map((field) => field.id)).toContain(KB_QUESTION_FIELD);
  });

  it('prefills the title and the question with the query, encoded', () => {
    const url = askCommunityUrl(repository, '  ingress & "timeouts"?  ');
    expect(url.origin).toBe('https://git.northwind.example');
    expect(url.pathname).toBe('/northwind-platform/baseplate/issues/new');
    expect(url.searchParams.get('template')).toBe('kb-question.yml');
    expect(url.searchParams.get('title')).toBe('KB: ingress & "timeouts"?');
    expect(url.searchParams.get('question')).toBe('ingress & "timeouts"?');
    expect(url.search).not.toMatch(/[ "]/);
  });

  it('keeps it to one line, shows HTML as typed and silences team mentions', () => {
    const url = askCommunityUrl(
      repository,
      'why\n### fake heading <img src=x onerror=alert(1)> @northwind-platform/platform-team',
    );
    const question = url.searchParams.get('question')!;
    expect(question).not.toContain('\n');
    expect(question).toContain('\\<img');
    expect(question).toContain('@\u200Dnorthwind-platform/platform-team');
    expect(url.searchParams.get('title')).not.toContain('\n');
  });

  it('cuts a long paste and gives the blank form for an empty query', () => {
    const url = askCommunityUrl(repository, 'quota '.repeat(100));
    expect(Array.from(url.searchParams.get('question')!)).toHaveLength(
      MAX_QUERY_LENGTH,
    );
    expect(url.searchParams.get('question')!.endsWith('…')).toBe(true);
    const blank = askCommunityUrl(repository, ' \n ');
    expect([...blank.searchParams.keys()]).toEqual(['template']);
  });
});
