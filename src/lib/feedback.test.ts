import {describe, expect, it} from 'vitest';

import {
  MAX_SELECTION_LENGTH,
  pageProblemIssueUrl,
  tidySelection,
} from './feedback';

const repository = {
  host: 'git.corp.example',
  owner: 'platform',
  repo: 'baseplate',
  branch: 'main',
};

describe('pageProblemIssueUrl', () => {
  it('prefills the docs-problem form with the page, its version and the selection', () => {
    const url = pageProblemIssueUrl(repository, {
      pageUrl: 'https://baseplate.example/docs/2025.2/ingress',
      title: 'Ingress',
      version: '2025.2',
      selection: 'Use   the shared\n\n ingress class',
    });
    expect(url.origin + url.pathname).toBe(
      'https://git.corp.example/platform/baseplate/issues/new',
    );
    expect(url.searchParams.get('template')).toBe('docs-problem.yml');
    expect(url.searchParams.get('title')).toBe('Docs: Ingress');
    expect(url.searchParams.get('page')).toBe(
      'https://baseplate.example/docs/2025.2/ingress (version: 2025.2)',
    );
    expect(url.searchParams.get('problem')).toBe(
      'The text I selected on the page:\n\n> Use the shared\n> ingress class\n\nWhat is wrong with it:\n',
    );
  });

  it('leaves the problem empty when nothing was selected', () => {
    const url = pageProblemIssueUrl(repository, {
      pageUrl: 'https://x.example/kb/a/b',
      title: 'B',
    });
    expect(url.searchParams.has('problem')).toBe(false);
    expect(url.searchParams.get('page')).toBe('https://x.example/kb/a/b');
  });
});

describe('tidySelection', () => {
  it('cuts long selections', () => {
    const tidy = tidySelection('word '.repeat(1000));
    expect(tidy.length).toBeLessThanOrEqual(MAX_SELECTION_LENGTH);
    expect(tidy.endsWith('…')).toBe(true);
  });
});
