import {describe, expect, it} from 'vitest';

import {htmlFileToUrlPath} from './paths';

describe('htmlFileToUrlPath', () => {
  it.each([
    ['index.html', '/'],
    ['docs.html', '/docs'],
    ['docs/2025.2.html', '/docs/2025.2'],
    [
      'kb/gitops/sync-stuck-out-of-sync.html',
      '/kb/gitops/sync-stuck-out-of-sync',
    ],
    ['blog/index.html', '/blog/'],
    ['kb\\gitops\\x.html', '/kb/gitops/x'],
  ])('%s → %s', (file, path) => {
    expect(htmlFileToUrlPath(file)).toBe(path);
  });

  it('refuses a file that is not HTML', () => {
    expect(() => htmlFileToUrlPath('sitemap.xml')).toThrow(
      'sitemap.xml is not an HTML file.',
    );
  });
});
