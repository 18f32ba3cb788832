/**
 * The support-rotation plugin is wired into the real build: a mistake in the
 * rotation file stops `npm run build` with the file, the entry and the fix.
 * (Each kind of mistake is tested fast in src/lib/rotation/validate.test.ts.)
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, it} from 'vitest';

import {DEFAULT_SOURCES} from '../src/lib/rotation/sources';
import {brokenBuild} from './site-copy';

it('refuses a swap that puts someone on support during their time off', async () => {
  const result = await brokenBuild((dir) => {
    const file = join(dir, DEFAULT_SOURCES.rotationFile);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'overrides:\n',
        'overrides:\n  - {shift: 2026-07-13, seat: primary, engineer: amara}\n',
      ),
    );
  });
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(
    'src/data/support-rotation.yaml, overrides[0] (shift 2026-07-13, seat primary): amara is not available that week: timeOff[0] (2026-07-06 to 2026-07-24). Fix: give the seat to an engineer who is working that week',
  );
});
