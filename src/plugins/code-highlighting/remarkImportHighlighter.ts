/**
 * Remark plugin: a Markdown page with a code block imports the highlighter
 * (`src/theme/CodeBlock/Highlighted.tsx`), so Prism is part of the pages that
 * show code and of no other. Mermaid blocks are diagrams, turned into
 * components by Docusaurus before this plugin runs, so they do not count.
 */
import type {Program} from 'estree';
import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {visit, EXIT} from 'unist-util-visit';

export const HIGHLIGHTER_MODULE = '@site/src/theme/CodeBlock/Highlighted';

export function hasCodeBlock(tree: Root): boolean {
  let found = false;
  visit(tree, 'code', () => {
    found = true;
    return EXIT;
  });
  return found;
}

function importStatement(source: string): MdxjsEsm {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [],
        attributes: [],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(source)};`,
    data: {estree: program},
  };
}

export default function remarkImportHighlighter() {
  return (tree: Root): void => {
    if (hasCodeBlock(tree)) {
      tree.children.unshift(importStatement(HIGHLIGHTER_MODULE));
    }
  };
}
