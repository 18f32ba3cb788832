/**
 * `npm run kb:new` end to end: in a scratch copy of kb/, it writes an entry
 * that passes the check, with the author from Git and today's date, and
 * refuses the same question a second time.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {checkKb} from '../src/lib/kb/check';
import {localIsoDate} from '../src/lib/kb/dates';
import {readKbContext, readKbSources} from '../src/plugins/kb/read';
import {SITE_DIR} from './site-copy';

let dir: string;

function kbNew(...args: string[]) {
  return spawnSync(
    process.execPath,
    [
      join(SITE_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(SITE_DIR, 'scripts', 'kb-new.ts'),
      ...args,
    ],
    {cwd: dir, encoding: 'utf8'},
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseplate-kb-new-'));
  cpSync(join(SITE_DIR, 'kb'), join(dir, 'kb'), {recursive: true});
  cpSync(join(SITE_DIR, 'versions.json'), join(dir, 'versions.json'));
  for (const args of [
    ['init', '-q'],
    ['config', 'user.name', 'Nora Haddad'],
    ['config', 'user.email', '4242+nora-haddad@users.noreply.github.com'],
  ]) {
    spawnSync('git', args, {cwd: dir});
  }
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('npm run kb:new', () => {
  it('scaffolds a valid entry with the Git author and today', () => {
    const result = kbNew(
      'How do I restart my pods after a config change?',
      '--topic',
      'gitops',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Created kb/gitops/how-do-i-restart-my-pods-after-a-config-change.md',
    );
    const text = readFileSync(
      join(
        dir,
        'kb',
        'gitops',
        'how-do-i-restart-my-pods-after-a-config-change.md',
      ),
      'utf8',
    );
    expect(text).toContain('contributors: [nora-haddad]');
    expect(text).toContain(`last_verified: ${localIsoDate(new Date())}`);
    expect(checkKb(readKbSources(dir), readKbContext(dir))).toEqual([]);
  });

  it('refuses a question that exists', () => {
    const result = kbNew(
      'How do I restart my pods after a config change?',
      '--topic',
      'quotas',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'kb/gitops/how-do-i-restart-my-pods-after-a-config-change.md already answers this question',
    );
  });

  it('asks for a topic it cannot guess', () => {
    const result = kbNew('What should I name my service?');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Run it again with --topic and one of: gitops,',
    );
  });
});
