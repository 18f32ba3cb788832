/**
 * The community data is checked where a contributor meets it: a mistake in
 * src/data/teams.yaml or in an event post fails `npm run build`, and the
 * output names the file, the entry and the field. Each case breaks a fresh
 * copy of the site and runs a real build.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {brokenBuild} from './site-copy';

async function failedBuild(change: (dir: string) => void): Promise<string> {
  const result = await brokenBuild(change);
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe.concurrent('the build refuses', () => {
  it('a team whose archetype YAML reads as a number, naming the team and field', async () => {
    const output = await failedBuild((dir) => {
      const file = join(dir, 'src', 'data', 'teams.yaml');
      const source = readFileSync(file, 'utf8');
      const broken = source.replace(
        /(- id: route-planning\n(?:\s+\w+:.*\n)*?\s+archetype: )'01'/,
        '$101',
      );
      expect(broken).not.toBe(source);
      writeFileSync(file, broken);
    });
    expect(output).toContain('src/data/teams.yaml is not valid');
    expect(output).toMatch(
      /team "route-planning" \(teams\[\d+\]\), field "archetype"/,
    );
    expect(output).toContain('archetype: "01"');
  });

  it('a post tagged events whose event time has no offset, naming the file and field', async () => {
    const output = await failedBuild((dir) =>
      writeFileSync(
        join(dir, 'blog', '2026-12-01-local-time.md'),
        `---
slug: local-time
title: An event without a time zone
authors: [jonas]
tags: [events]
event:
  start: 2026-12-03T14:00:00
  end: 2026-12-03T15:00:00+01:00
  location: Auditorium B
---

An event whose start has no offset.

<!-- truncate -->

More text.
`,
      ),
    );
    expect(output).toContain('blog/2026-12-01-local-time.md');
    expect(output).toContain(
      'event.start: must be an ISO 8601 date and time with an offset',
    );
  });
});
