/**
 * The knowledge base as it is in kb/: every answer passes the entry check
 * (the same check the build runs), and a bad answer fails a real build,
 * naming the file.
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {site} from '../src/data/site';
import {checkKb, entryPath, formatProblem} from '../src/lib/kb/check';
import {readKbContext, readKbSources} from '../src/plugins/kb/read';
import {brokenBuild, SITE_DIR} from './site-copy';

const sources = readKbSources(SITE_DIR);
const context = readKbContext(SITE_DIR, new Date(), site.timeZone);

describe('the answers in kb/', () => {
  it('pass the entry check', () => {
    expect(checkKb(sources, context).map(formatProblem)).toEqual([]);
  });

  it('number at least 20, and every topic has one', () => {
    expect(sources.length).toBeGreaterThanOrEqual(20);
    const topics = new Set(
      sources.map((source) => entryPath(source.file)?.topic),
    );
    expect([...topics].sort()).toEqual(
      context.tags.map((tag) => tag.id).sort(),
    );
  });
});

describe('the build', () => {
  it('refuses an unsafe answer and an MDX answer, naming each file and the fix', async () => {
    const good = sources.find((source) => source.file.startsWith('kb/dns/'))!;
    const result = await brokenBuild((dir) => {
      writeFileSync(
        join(dir, 'kb', 'dns', 'evil-answer.md'),
        `${good.source}\n<img src="x" onerror="alert(document.cookie)">\n`,
      );
      writeFileSync(
        join(dir, 'kb', 'gitops', 'evil-component.mdx'),
        good.source,
      );
    });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(
      /kb\/dns\/evil-answer\.md:\d+: an event-handler attribute \(onerror=\) in raw HTML is not allowed/,
    );
    expect(result.output).toContain(
      'kb/gitops/evil-component.mdx: is MDX, which runs code at build time',
    );
  });
});
