import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {resolveFile, serveStatic} from './serve';

const root = mkdtempSync(join(tmpdir(), 'baseplate-serve-'));
mkdirSync(join(root, 'docs'));
mkdirSync(join(root, 'blog'));
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'docs.html'), 'docs');
writeFileSync(join(root, 'blog', 'index.html'), 'blog');
writeFileSync(join(root, 'docs', 'a.pagefind'), 'bytes');

afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('the benchmark file server', () => {
  it.each([
    ['/', 'index.html'],
    ['/docs', 'docs.html'],
    ['/blog/', join('blog', 'index.html')],
    ['/blog', join('blog', 'index.html')],
    ['/docs/a.pagefind', join('docs', 'a.pagefind')],
  ])('serves %s from %s', async (path, file) => {
    expect(await resolveFile(root, path)).toBe(join(root, file));
  });

  it('refuses missing files and paths outside the site', async () => {
    expect(await resolveFile(root, '/nope')).toBeUndefined();
    expect(await resolveFile(root, '/../etc/passwd')).toBeUndefined();
    expect(
      await resolveFile(root, '/docs/%2e%2e/%2e%2e/etc/passwd'),
    ).toBeUndefined();
  });

  it('answers over HTTP with the file and its type', async () => {
    const server = await serveStatic(root);
    try {
      const page = await fetch(`${server.origin}/docs`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('docs');
      expect((await fetch(`${server.origin}/missing`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
