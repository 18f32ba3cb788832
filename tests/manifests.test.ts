/**
 * Every YAML block of the real handbook, knowledge base and blog passes the
 * manifest check (src/lib/manifests): whole objects against the upstream
 * schemas and the platform model of each version the page applies to,
 * fragments and counter-examples as their fence declares them. The failure
 * lists every problem as `file:line: object: field [rule, versions]: ... Fix: ...`.
 */
import {beforeAll, describe, expect, it} from 'vitest';

import {
  checkManifests,
  formatProblem,
  type CheckResult,
} from '../src/lib/manifests/check';
import {readModels, readPages} from '../src/lib/manifests/read';
import {SITE_DIR} from './site-copy';

let result: CheckResult;

beforeAll(async () => {
  result = await checkManifests(readPages(SITE_DIR), readModels(SITE_DIR));
});

describe('manifests on the site', () => {
  it('are found in every folder (the check would prove nothing otherwise)', () => {
    expect(result.summary.blocks).toBeGreaterThan(50);
    expect(Object.keys(result.summary.byVersion)).toEqual(
      expect.arrayContaining(['next', '2026.1', '2025.2']),
    );
  });

  it('are accepted by the platform of every version they apply to', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
