/**
 * The kb docs instance: its sidebar is built from the answers the docs plugin
 * parsed (no file read again).
 */
import {
  existsSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';

import {KB_PLUGIN_ID} from '../../lib/kb/instance';
import {tagFilterPath} from '../../lib/kb/landing';
import {answerTopic, kbDocsOptions, topicsSidebar} from './docs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, {recursive: true, force: true});
  }
});

function siteWithTags(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-docs-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'kb'));
  writeFileSync(join(dir, 'kb', 'tags.yml'), yaml);
  return dir;
}

const TAGS = `dns:
  label: DNS
  description: Host names and records
gitops:
  label: GitOps
  description: Syncs and rollbacks
secrets:
  label: Secrets
  description: Vault
`;

/** The fields of a parsed doc the generator reads, as the docs plugin passes them. */
function doc(sourceDirName: string) {
  return {sourceDirName};
}

async function sidebarOf(siteDir: string, folders: string[]) {
  const generate = topicsSidebar(siteDir);
  return generate({docs: folders.map(doc)} as never);
}

describe('answerTopic', () => {
  it('is the first folder under kb/', () => {
    expect(answerTopic(doc('dns'))).toBe('dns');
    expect(answerTopic(doc('dns/records'))).toBe('dns');
    expect(answerTopic(doc('.'))).toBeUndefined();
  });
});

describe('topicsSidebar', () => {
  it('links all answers, then each topic with answers, in the order of kb/tags.yml', async () => {
    const items = await sidebarOf(siteWithTags(TAGS), [
      'secrets',
      'dns',
      'dns',
    ]);
    expect(items).toEqual([
      {type: 'link', label: 'All answers', href: '/kb'},
      {type: 'link', label: 'DNS', href: tagFilterPath('/kb', 'dns')},
      {type: 'link', label: 'Secrets', href: tagFilterPath('/kb', 'secrets')},
    ]);
  });

  it('names kb/tags.yml when it is broken', async () => {
    await expect(
      sidebarOf(siteWithTags('dns: [not, a, tag]\n'), ['dns']),
    ).rejects.toThrow('kb/tags.yml');
  });
});

describe('kbDocsOptions', () => {
  it('serves kb/ as the kb instance, with a sidebar file that exists', () => {
    const siteDir = join(__dirname, '..', '..', '..');
    const options = kbDocsOptions({siteDir, editUrl: undefined});
    expect(options.id).toBe(KB_PLUGIN_ID);
    expect(options.sidebarPath).toBe('src/plugins/kb/sidebars.ts');
    expect(existsSync(join(siteDir, options.sidebarPath as string))).toBe(true);
  });
});
