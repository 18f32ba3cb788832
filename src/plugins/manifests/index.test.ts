/**
 * The build half of the manifest check: loadContent fails with every
 * problem's file and line, and passes a site whose manifests are right.
 */
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';

import {afterEach, describe, expect, it} from 'vitest';

import manifestsPlugin from './index';

const SITE_DIR = join(__dirname, '..', '..', '..');
const dirs: string[] = [];

/** A site with only docs/: the next model and one page. */
function site(page: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'baseplate-manifests-plugin-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'docs'));
  cpSync(
    join(SITE_DIR, 'docs', 'platform.yaml'),
    join(dir, 'docs', 'platform.yaml'),
  );
  writeFileSync(join(dir, 'versions.json'), '[]\n');
  writeFileSync(join(dir, 'docs', 'page.md'), page);
  return dir;
}

function load(siteDir: string): Promise<unknown> {
  const plugin = manifestsPlugin({siteDir} as LoadContext);
  return Promise.resolve(plugin.loadContent?.());
}

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: tracker',
  'spec:',
  '  ports:',
  '    - port: 80',
];

afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, {recursive: true, force: true});
  }
});

describe('the manifests plugin', () => {
  it('fails the build naming the file and the line', async () => {
    const page = [
      '# A page',
      '',
      '```yaml',
      ...SERVICE,
      '    - port: "80"',
      '```',
      '',
    ];
    await expect(load(site(page.join('\n')))).rejects.toThrow(
      /docs\/page\.md:11: Service tracker: spec\.ports\[1\]\.port \[schema\]/,
    );
  });

  it('passes a page whose manifests the platform accepts', async () => {
    const page = ['# A page', '', '```yaml', ...SERVICE, '```', ''];
    await expect(load(site(page.join('\n')))).resolves.toBeUndefined();
  });

  it('ends the check when the build ends before it, and leaves no listener behind', async () => {
    const before = new Set(process.listeners('exit'));
    const loading = load(site('# A page\n'));
    const stop = process.listeners('exit').find((l) => !before.has(l));
    expect(stop, 'an exit listener that ends the check').toBeDefined();
    // What the process does when another plugin's error ends the build.
    stop!(1);
    await expect(loading).rejects.toThrow('The manifest check failed');
    expect(process.listeners('exit')).toHaveLength(before.size);
  });
});
