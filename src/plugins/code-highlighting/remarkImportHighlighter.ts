/**
 * Remark plugin: a Markdown page with a code block asks for the highlighter
 * when its module is evaluated, with
 *
 *     import {needsHighlighter} from '@site/src/theme/CodeBlock/needsHighlighter';
 *     export const highlighter = needsHighlighter();
 *
 * so Prism is part of the pages that show code and of no other: on the
 * server it is imported before the page renders; in the browser it starts
 * loading when the page's route is preloaded for a client-side navigation
 * (see src/theme/CodeBlock/highlighter.ts). A call rather than a bare import:
 * a module is evaluated once, a page's own module once per page.
 *
 * Mermaid blocks are diagrams, turned into components by Docusaurus before
 * this plugin runs, so they do not count.
 */
import type {Program} from 'estree';
import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {visit, EXIT} from 'unist-util-visit';

export const HIGHLIGHTER_MODULE = '@site/src/theme/CodeBlock/needsHighlighter';
const FUNCTION = 'needsHighlighter';
/** The page module's export whose initialiser asks for the highlighter. */
export const EXPORT = 'highlighter';

export function hasCodeBlock(tree: Root): boolean {
  let found = false;
  visit(tree, 'code', () => {
    found = true;
    return EXIT;
  });
  return found;
}

function askForHighlighter(): MdxjsEsm {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [
          {
            type: 'ImportSpecifier',
            imported: {type: 'Identifier', name: FUNCTION},
            local: {type: 'Identifier', name: FUNCTION},
          },
        ],
        attributes: [],
        source: {
          type: 'Literal',
          value: HIGHLIGHTER_MODULE,
          raw: JSON.stringify(HIGHLIGHTER_MODULE),
        },
      },
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        attributes: [],
        source: null,
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            {
              type: 'VariableDeclarator',
              id: {type: 'Identifier', name: EXPORT},
              init: {
                type: 'CallExpression',
                callee: {type: 'Identifier', name: FUNCTION},
                arguments: [],
                optional: false,
              },
            },
          ],
        },
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import {${FUNCTION}} from ${JSON.stringify(HIGHLIGHTER_MODULE)};\nexport const ${EXPORT} = ${FUNCTION}();`,
    data: {estree: program},
  };
}

export default function remarkImportHighlighter() {
  return (tree: Root): void => {
    if (hasCodeBlock(tree)) {
      tree.children.unshift(askForHighlighter());
    }
  };
}
