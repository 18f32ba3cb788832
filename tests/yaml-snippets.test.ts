/**
 * Every YAML snippet a reader may copy from the handbook, the knowledge base
 * or the blog parses, and every Kubernetes object in it names its apiVersion,
 * kind and metadata.name. Every fenced block in the handbook and the blog
 * names its language, so it is highlighted and so this test can find YAML.
 */
import {describe, expect, it} from 'vitest';

import {SITE_DIR} from './site-copy';
import {codeBlocks, codeBlocksIn, yamlProblems} from '../src/lib/markdown-code';

const YAML_DIRS = ['docs', 'versioned_docs', 'kb', 'blog'];
const TAGGED_DIRS = ['docs', 'versioned_docs', 'blog'];

const yamlBlocks = codeBlocksIn(SITE_DIR, YAML_DIRS).filter(
  (block) => block.lang === 'yaml' || block.lang === 'yml',
);

describe('the checks themselves', () => {
  it('find fences in lists and skip front matter', () => {
    const markdown = [
      '---',
      'title: A page',
      'apiVersion: not-code',
      '---',
      '',
      '1. Apply this:',
      '',
      '   ```yaml title="app.yaml"',
      '   kind: ConfigMap',
      '   ```',
      '',
      '```',
      'no language',
      '```',
    ].join('\n');
    const blocks = codeBlocks(markdown, 'page.md');
    expect(blocks).toEqual([
      {
        location: 'page.md:8',
        lang: 'yaml',
        meta: 'title="app.yaml"',
        value: 'kind: ConfigMap',
      },
      {location: 'page.md:12', lang: null, meta: null, value: 'no language'},
    ]);
  });

  it('accept a complete object and plain data', () => {
    expect(
      yamlProblems(
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n---\nreplicas: 3\n',
      ),
    ).toEqual([]);
  });

  it('report a syntax error', () => {
    expect(yamlProblems('args: [--port, 8080\n')).not.toEqual([]);
  });

  it('report an object without a name, per document', () => {
    expect(
      yamlProblems(
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  labels: {}\n',
      ),
    ).toEqual(['document 2: Secret has no metadata.name']);
  });

  it('report an object without apiVersion or kind', () => {
    expect(yamlProblems('kind: Service\nmetadata:\n  name: web\n')).toEqual([
      'Service web has no apiVersion',
    ]);
    expect(yamlProblems('apiVersion: v1\nmetadata:\n  name: web\n')).toEqual([
      'object web has no kind',
    ]);
  });

  it('report an empty block', () => {
    expect(yamlProblems('# only a comment\n')).toEqual([
      'the block holds no YAML document',
    ]);
  });
});

describe('YAML snippets', () => {
  it('exist in the handbook (the test would prove nothing otherwise)', () => {
    expect(
      yamlBlocks.filter((block) => block.location.startsWith('docs/')).length,
    ).toBeGreaterThan(10);
  });

  it.each(yamlBlocks.map((block) => [block.location, block.value]))(
    '%s parses and names every object',
    (_location, value) => {
      expect(yamlProblems(value)).toEqual([]);
    },
  );
});

describe('code fences in the handbook and the blog', () => {
  it('all name their language', () => {
    const untagged = codeBlocksIn(SITE_DIR, TAGGED_DIRS)
      .filter((block) => block.lang === null)
      .map((block) => block.location);
    expect(untagged).toEqual([]);
  });
});
