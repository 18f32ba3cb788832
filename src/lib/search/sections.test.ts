import {describe, expect, it} from 'vitest';

import {indexMetaAttributes} from './markup';
import {isSectionId, sectionLabel, sectionOfDocsPlugin} from './sections';

describe('sections', () => {
  it('puts the kb and contribute docs instances in their sections and every other in the docs', () => {
    expect(sectionOfDocsPlugin('kb')).toBe('kb');
    expect(sectionOfDocsPlugin('contribute')).toBe('contribute');
    expect(sectionOfDocsPlugin('default')).toBe('docs');
    expect(sectionOfDocsPlugin('toString')).toBe('docs');
  });

  it('labels a section, with the docs version when there is one', () => {
    expect(sectionLabel('docs', '2026.1')).toBe('Docs 2026.1');
    expect(sectionLabel('kb')).toBe('Knowledge base');
    expect(sectionLabel('blog')).toBe('Blog');
    expect(sectionLabel('contribute')).toBe('Contribute');
  });

  it('knows its section ids only', () => {
    expect(isSectionId('blog')).toBe(true);
    expect(isSectionId('toString')).toBe(false);
  });
});

describe('indexMetaAttributes', () => {
  it('gives Pagefind the section and tag as filters and the version as metadata', () => {
    expect(
      indexMetaAttributes({
        section: 'docs',
        tag: 'docs-default-2025.2',
        versionLabel: '2025.2',
      }),
    ).toEqual([
      {
        name: 'search:section',
        content: 'docs',
        'data-pagefind-filter': 'section[content]',
      },
      {
        name: 'search:docusaurus_tag',
        content: 'docs-default-2025.2',
        'data-pagefind-filter': 'docusaurus_tag[content]',
      },
      {
        name: 'search:version',
        content: '2025.2',
        'data-pagefind-meta': 'version[content]',
      },
    ]);
  });

  it('leaves the version out for unversioned pages', () => {
    expect(
      indexMetaAttributes({section: 'blog', tag: 'default'}).map(
        (meta) => meta.name,
      ),
    ).toEqual(['search:section', 'search:docusaurus_tag']);
  });
});
