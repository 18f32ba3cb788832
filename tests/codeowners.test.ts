/**
 * .github/CODEOWNERS gives knowledge-base answers to the community
 * maintainers and everything that runs code (MDX, pages, plugins, theme) to
 * the platform team, with teams of the organisation in src/data/site.ts.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {site} from '../src/data/site';
import {SITE_DIR} from './site-copy';

interface Rule {
  readonly pattern: string;
  readonly owners: readonly string[];
}

const rules: Rule[] = readFileSync(
  join(SITE_DIR, '.github', 'CODEOWNERS'),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [pattern, ...owners] = line.split(/\s+/);
    return {pattern: pattern!, owners};
  });

/** The subset of gitignore patterns CODEOWNERS uses here: `*`, `*.ext`, `/dir/`, `/file`. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.startsWith('/');
  const directory = pattern.endsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const regex = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  const prefix = anchored || body.includes('/') ? '^' : '(^|/)';
  const suffix = directory ? '/' : '($|/)';
  return new RegExp(`${prefix}${regex}${suffix}`).test(path);
}

/** Owners of a path: the last matching rule wins, as on GitHub. */
function ownersOf(path: string): readonly string[] {
  return (
    rules.filter((rule) => matches(rule.pattern, path)).pop()?.owners ?? []
  );
}

const platformTeam = `@${site.github.owner}/platform-team`;
const maintainers = `@${site.github.owner}/kb-maintainers`;

describe('CODEOWNERS', () => {
  it('names only teams of the organisation in src/data/site.ts', () => {
    const owners = new Set(rules.flatMap((rule) => rule.owners));
    expect(owners.size).toBeGreaterThan(0);
    for (const owner of owners) {
      expect(owner, `${owner} is not a team of ${site.github.owner}`).toMatch(
        new RegExp(`^@${site.github.owner}/[a-z0-9-]+$`),
      );
    }
  });

  it.each([
    ['kb/dns/host-name-does-not-resolve.md', maintainers],
    ['kb/tags.yml', maintainers],
    ['kb/dns/evil.mdx', platformTeam],
    ['docs/intro.mdx', platformTeam],
    ['docs/intro.md', platformTeam],
    ['src/pages/support/index.tsx', platformTeam],
    ['src/plugins/kb/index.ts', platformTeam],
    ['src/theme/DocItem/Footer/index.tsx', platformTeam],
    ['docusaurus.config.ts', platformTeam],
    ['.github/CODEOWNERS', platformTeam],
  ])('%s is reviewed by %s', (path, owner) => {
    expect(ownersOf(path)).toEqual([owner]);
  });
});
