import {describe, expect, it} from 'vitest';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Root} from 'mdast';

import remarkImportHighlighter, {
  EXPORT,
  HIGHLIGHTER_MODULE,
  hasCodeBlock,
} from './remarkImportHighlighter';

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkImportHighlighter);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('remarkImportHighlighter', () => {
  it('asks for the highlighter once, first, in a page with code blocks', () => {
    const tree = transform(
      '# Title\n\n```yaml\nkind: Service\n```\n\nText.\n\n```bash\nls\n```\n',
    );
    const esm = tree.children.filter((node) => node.type === 'mdxjsEsm');
    expect(esm).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({
      type: 'mdxjsEsm',
      value: `import {needsHighlighter} from ${JSON.stringify(HIGHLIGHTER_MODULE)};\nexport const ${EXPORT} = needsHighlighter();`,
    });
  });

  it('compiles to an import and an export that calls it', async () => {
    const {compile} = await import('@mdx-js/mdx');
    const js = String(
      await compile('# Title\n\n```yaml\nkind: Service\n```\n', {
        remarkPlugins: [remarkImportHighlighter],
      }),
    );
    expect(js).toContain(
      `import {needsHighlighter} from ${JSON.stringify(HIGHLIGHTER_MODULE)};`,
    );
    expect(js).toContain(`export const ${EXPORT} = needsHighlighter();`);
  });

  it('finds a code block nested in a list', () => {
    expect(hasCodeBlock(transform('- step\n\n  ```bash\n  ls\n  ```\n'))).toBe(
      true,
    );
  });

  it('counts an indented code block as code', () => {
    const tree = transform('# Title\n\n    kubectl get pods\n');
    expect(tree.children[0]?.type).toBe('mdxjsEsm');
  });

  it('leaves a page without code blocks alone, inline code included', () => {
    const tree = transform('# Title\n\nRun `kubectl` nowhere.\n');
    expect(tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(false);
  });
});
