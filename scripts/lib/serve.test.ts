import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

import {resolvePath, serveStatic} from './serve';

const root = mkdtempSync(join(tmpdir(), 'baseplate-serve-'));
mkdirSync(join(root, 'docs', 'intro'), {recursive: true});
mkdirSync(join(root, 'pagefind'));
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, '404.html'), 'not found');
writeFileSync(join(root, 'docs', 'index.html'), 'docs');
writeFileSync(join(root, 'docs', 'intro', 'index.html'), 'intro');
writeFileSync(join(root, 'docs.html'), 'a page only a clean-URL host finds');
writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'export {};');

afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('the tooling static server', () => {
  it.each([
    ['/', 'index.html'],
    ['/docs/', join('docs', 'index.html')],
    ['/docs/intro/', join('docs', 'intro', 'index.html')],
    ['/pagefind/pagefind.js', join('pagefind', 'pagefind.js')],
  ])('serves %s from %s', async (path, file) => {
    expect(await resolvePath(root, path)).toEqual({file: join(root, file)});
  });

  it('sends a folder URL without its slash to the folder, as nginx does', async () => {
    expect(await resolvePath(root, '/docs/intro')).toEqual({
      redirect: '/docs/intro/',
    });
  });

  it('does not map /name to name.html, as no plain static host does', async () => {
    expect(await resolvePath(root, '/nope')).toBeUndefined();
    expect(await resolvePath(root, '/pagefind/')).toBeUndefined();
  });

  it('refuses paths outside the site', async () => {
    expect(await resolvePath(root, '/../etc/passwd')).toBeUndefined();
    expect(
      await resolvePath(root, '/docs/%2e%2e/%2e%2e/etc/passwd'),
    ).toBeUndefined();
    expect(await resolvePath(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('answers over HTTP with the file, its type, redirects and the 404 page', async () => {
    const server = await serveStatic(root);
    try {
      const page = await fetch(`${server.origin}/docs/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('docs');
      const moved = await fetch(`${server.origin}/docs/intro?q=1`, {
        redirect: 'manual',
      });
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe('/docs/intro/?q=1');
      const missing = await fetch(`${server.origin}/missing/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('not found');
    } finally {
      await server.close();
    }
  });

  it('compresses unless told not to', async () => {
    const big = join(root, 'big.html');
    writeFileSync(big, 'x'.repeat(10_000));
    for (const gzip of [true, false]) {
      const server = await serveStatic(root, {gzip});
      try {
        const response = await fetch(`${server.origin}/big.html`, {
          headers: {'accept-encoding': 'gzip'},
        });
        expect(response.headers.get('content-encoding')).toBe(
          gzip ? 'gzip' : null,
        );
      } finally {
        await server.close();
      }
    }
  });
});
