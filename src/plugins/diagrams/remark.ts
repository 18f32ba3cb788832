/**
 * Turns every ```mermaid block of the docs and the blog into a figure of two
 * SVG drawings made when the site is built, one per colour mode (the page's
 * stylesheet shows the one of `html[data-theme]`, see diagrams.css). The
 * reader's browser loads no diagram library.
 *
 * Each drawing is written to a file (`<prefix>-<mode>-<hash>.diagramsvg` in
 * `filesDir`) that the page imports and ./Diagram.tsx shows as an image: the
 * page's script holds its address (./index.ts gives `.diagramsvg` to the
 * bundlers), not the drawing, and the HTML gives its size, so the page does
 * not move when it loads.
 *
 * Each drawing is named by the diagram's `accTitle` and described by its
 * `accDescr`; a diagram without them fails the build.
 */
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Code, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';

import {
  checkAccessibleText,
  COLOUR_MODES,
  drawingKey,
  drawingSize,
  dropUnusedSymbols,
  idPrefix,
  type ColourMode,
  type Drawing,
  type Themes,
} from '../../lib/diagrams/diagram';
import {
  createDraw,
  DEFAULT_CACHE_DIR,
  RENDERER,
  writeAside,
  type Draw,
} from './render';

export interface Options {
  /** The Mermaid theme of each colour mode. */
  readonly themes: Themes;
  /**
   * Where a diagram cannot be drawn (no Chromium, a syntax error): show its
   * source as code under a note and warn, instead of failing. For `npm start`.
   */
  readonly fallback?: boolean;
  /** Draws one diagram (tests give their own cache folder). */
  readonly draw?: Draw;
  /** Where the drawings' files are written (tests give their own). */
  readonly filesDir?: string;
}

/** The module a page imports to draw its diagrams. */
export const DIAGRAM_COMPONENT = '@site/src/plugins/diagrams/Diagram';
/** The extension of a drawing's file, which ./index.ts hands to the bundlers. */
export const DRAWING_EXTENSION = '.diagramsvg';
export const DEFAULT_FILES_DIR = path.join(DEFAULT_CACHE_DIR, 'files');

const COMPONENT_NAME = 'BaseplateDiagram';

/**
 * Mermaid's SVG as the file of one colour mode's drawing: an image of its own
 * size (Mermaid draws it 100 % wide, for inline use), marked with its mode,
 * named by its <title> and described by its <desc>, which it already points
 * at. Only the root's opening tag changes: the rest stays as Mermaid
 * serialised it, as valid XML.
 */
export function drawingSvg(
  drawing: Drawing,
  svg: string,
  mode: ColourMode,
  file: string,
): string {
  const root = /^\s*<svg\b([^>]*)>/.exec(svg);
  if (!root) {
    throw new Error(
      `${file}: Mermaid drew no <svg> for a diagram; check its source with https://mermaid.live.`,
    );
  }
  const replaced = ['width', 'height', 'style', 'role', 'aria-roledescription'];
  const attributes = [...root[1]!.matchAll(/\s([\w:-]+)="([^"]*)"/g)]
    .filter(([, name]) => !replaced.includes(name!))
    .map(([attribute]) => attribute);
  const tag = `<svg${attributes.join('')} width="${Math.ceil(drawing.width)}" height="${Math.ceil(drawing.height)}" role="img" data-mode="${mode}">`;
  return tag + svg.slice(root[0].length);
}

/** `import <name> from "<source>"`, as MDX ESM. */
function importNode(name: string, source: string): RootContent {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [
              {
                type: 'ImportDefaultSpecifier',
                local: {type: 'Identifier', name},
              },
            ],
            source: {type: 'Literal', value: source},
          },
        ],
      },
    },
  } as unknown as RootContent;
}

/** A JSX attribute whose value is an expression (an identifier or a number). */
function expressionAttribute(name: string, value: string | number) {
  const expression =
    typeof value === 'number'
      ? {type: 'Literal', value}
      : {type: 'Identifier', name: value};
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression}],
        },
      },
    },
  };
}

function fallbackNote(reason: string): Root['children'][number] {
  return {
    type: 'paragraph',
    children: [
      {
        type: 'emphasis',
        children: [
          {
            type: 'text',
            value: `This diagram could not be drawn (${reason}). Its source:`,
          },
        ],
      },
    ],
  };
}

const remarkDiagrams: Plugin<[Options], Root> = (options) => {
  const draw = options.draw ?? createDraw();
  const filesDir = options.filesDir ?? DEFAULT_FILES_DIR;
  return async (tree: Root, vfile: VFile) => {
    const file = vfile.path ?? '<markdown>';
    const blocks: {node: Code; index: number; parent: {children: unknown[]}}[] =
      [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) {
        blocks.push({node, index, parent});
      }
    });
    if (blocks.length === 0) {
      return;
    }
    const copies = new Map<string, number>();
    const imports: RootContent[] = [];
    const replacements = await Promise.all(
      blocks.map(async ({node}, index) => {
        checkAccessibleText(node.value, file, node.position?.start.line);
        try {
          const drawings = await Promise.all(
            COLOUR_MODES.map(async (mode) => {
              const theme = options.themes[mode];
              const drawing = await draw(node.value, theme);
              const prefix = idPrefix(
                drawingKey({renderer: RENDERER, theme, source: node.value}),
              );
              return {mode, drawing, prefix};
            }),
          );
          // A diagram shown twice on a page gets an id of its own the second
          // time (its description's); its files are the same.
          const key = drawings.map(({prefix}) => prefix).join();
          const copy = copies.get(key) ?? 0;
          copies.set(key, copy + 1);
          const names = await Promise.all(
            drawings.map(async ({mode, drawing, prefix}) => {
              const svg = drawingSvg(
                drawing,
                dropUnusedSymbols(drawing.svg),
                mode,
                file,
              );
              // Named by its content: a drawing made again another way is
              // another file.
              const drawingFile = path.join(
                filesDir,
                `${prefix}-${mode}-${createHash('sha256').update(svg).digest('hex').slice(0, 12)}${DRAWING_EXTENSION}`,
              );
              // Named by its content, a file that exists is already right.
              if (!existsSync(drawingFile)) {
                await writeAside(drawingFile, svg);
              }
              const name = `baseplateDiagram${index}${mode === 'light' ? 'Light' : 'Dark'}`;
              imports.push(importNode(name, drawingFile));
              return name;
            }),
          );
          const [light, dark] = names as [string, string];
          const {drawing} = drawings[0]!;
          const {maxWidth, minWidth} = drawingSize(drawing.width);
          return [
            {
              type: 'mdxJsxFlowElement',
              name: COMPONENT_NAME,
              position: node.position,
              attributes: [
                expressionAttribute('light', light),
                expressionAttribute('dark', dark),
                {
                  type: 'mdxJsxAttribute',
                  name: 'title',
                  value: drawing.title ?? '',
                },
                {
                  type: 'mdxJsxAttribute',
                  name: 'description',
                  value: drawing.description ?? '',
                },
                {
                  type: 'mdxJsxAttribute',
                  name: 'id',
                  value: `${drawings[0]!.prefix}${copy === 0 ? '' : `-${copy}`}`,
                },
                expressionAttribute('width', maxWidth),
                expressionAttribute('height', Math.ceil(drawing.height)),
                expressionAttribute('minWidth', minWidth),
              ],
              children: [],
            },
          ];
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const where = `${file}:${node.position?.start.line ?? '?'}`;
          if (!options.fallback) {
            throw new Error(
              `${where}: the mermaid diagram was not drawn. ${reason}`,
            );
          }
          vfile.message(
            `the mermaid diagram was not drawn, its source is shown instead: ${reason}`,
            node,
          );
          console.warn(
            `[WARNING] ${where}: the mermaid diagram was not drawn, its source is shown instead. ${reason}`,
          );
          return [fallbackNote(reason.split('\n')[0] ?? reason), node];
        }
      }),
    );
    // From the last block up, so the indexes of the earlier ones still hold.
    for (let i = blocks.length - 1; i >= 0; i -= 1) {
      const {index, parent} = blocks[i]!;
      parent.children.splice(index, 1, ...replacements[i]!);
    }
    if (imports.length > 0) {
      tree.children.unshift(
        importNode(COMPONENT_NAME, DIAGRAM_COMPONENT),
        ...imports,
      );
    }
  };
};

export default remarkDiagrams;
