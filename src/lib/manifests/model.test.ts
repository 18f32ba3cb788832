import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import {describe, expect, it} from 'vitest';

import {modelFile, parsePlatformModel} from './model';

const SITE_DIR = join(__dirname, '..', '..', '..');
const next = readFileSync(join(SITE_DIR, modelFile('next')), 'utf8');

describe('a platform model file', () => {
  it('is read with its facts', () => {
    const model = parsePlatformModel(next, 'docs/platform.yaml', 'next');
    expect(model.registry.host).toBe('registry.northwind.example');
    expect(model.clusters.map((c) => c.name)).toContain('cph-prod');
  });

  it('fails naming the file, the field and the fix', () => {
    const broken = next.replace('kind: cloud', 'kind: hybrid');
    expect(() =>
      parsePlatformModel(broken, 'docs/platform.yaml', 'next'),
    ).toThrow(
      /docs\/platform\.yaml: clusters\[2\]\.kind: must be "on-prem" or "cloud"/,
    );
  });

  it('fails on a cluster that the file does not define', () => {
    const broken = next.replace(
      'clusters: [euw-prod, euw-nonprod]\n    environments: [prod]',
      'clusters: [euw-west]\n    environments: [prod]',
    );
    expect(() =>
      parsePlatformModel(broken, 'docs/platform.yaml', 'next'),
    ).toThrow(/cluster "euw-west" is not in clusters/);
  });

  it('fails on a field it does not know', () => {
    expect(() =>
      parsePlatformModel(
        `${next}\nregistryy: x\n`,
        'docs/platform.yaml',
        'next',
      ),
    ).toThrow(/Unrecognized key/i);
  });
});
