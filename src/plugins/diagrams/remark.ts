/**
 * Turns every ```mermaid block of the docs and the blog into a figure of two
 * inline SVGs drawn when the site is built, one per colour mode (the page's
 * stylesheet shows the one of `html[data-theme]`, see diagrams.css). The
 * reader's browser loads no diagram library and the page does not shift when
 * the diagram appears: it is in the HTML.
 *
 * Each drawing is `role="img"`, named by the diagram's `accTitle` and
 * described by its `accDescr`; a diagram without them fails the build.
 */
import type {Element, ElementContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toString} from 'hast-util-to-string';
import type {Code, Root} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';

import {
  checkAccessibleText,
  COLOUR_MODES,
  drawingKey,
  drawingStyle,
  dropUnusedSymbols,
  idPrefix,
  scopeIds,
  withCopyIds,
  type ColourMode,
  type Drawing,
  type Themes,
} from '../../lib/diagrams/diagram';
import {createDraw, RENDERER, type Draw} from './render';

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
}

/**
 * `<style dangerouslySetInnerHTML={{__html: css}} />`, as MDX JSX. The page's
 * HTML minifier rewrites the CSS of a plain `<style>` (`#000000` to `#000`),
 * and React, hydrating, would find other text than it rendered (error 418)
 * and render the whole page again; it leaves inner HTML as the server sent it.
 */
function styleElement(css: string): ElementContent {
  const html = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: {type: 'Identifier', name: '__html'},
        value: {type: 'Literal', value: css},
      },
    ],
  };
  const jsx = {
    type: 'mdxJsxFlowElement',
    name: 'style',
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: '',
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{type: 'ExpressionStatement', expression: html}],
            },
          },
        },
      },
    ],
    children: [],
  };
  return jsx as unknown as ElementContent;
}

/** Turns Mermaid's SVG into the `<svg>` of one colour mode. */
function svgElement(
  drawing: Drawing,
  svg: string,
  mode: ColourMode,
  file: string,
): Element {
  const [root] = fromHtml(svg, {fragment: true}).children;
  if (root?.type !== 'element' || root.tagName !== 'svg') {
    throw new Error(
      `${file}: Mermaid drew no <svg> for a diagram; check its source with https://mermaid.live.`,
    );
  }
  const {
    ariaRoleDescription: _kind,
    style: _style,
    ...properties
  } = root.properties;
  return {
    ...root,
    children: root.children.map((child) =>
      child.type === 'element' && child.tagName === 'style'
        ? styleElement(toString(child))
        : child,
    ),
    properties: {
      ...properties,
      // The drawing is one image to assistive technology, named by its
      // <title> (accTitle) and described by its <desc> (accDescr).
      role: 'img',
      className: [
        'diagramDrawing',
        mode === 'light' ? 'diagramLight' : 'diagramDark',
      ],
      style: drawingStyle(drawing.width),
    },
  };
}

function figure(drawings: Record<ColourMode, Element>): Element {
  return {
    type: 'element',
    tagName: 'figure',
    // Wide diagrams scroll sideways on a phone: the figure takes the focus so
    // a keyboard can scroll it, as the code blocks do.
    properties: {className: ['diagram'], tabIndex: 0},
    children: COLOUR_MODES.map((mode) => drawings[mode]),
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
    const replacements = await Promise.all(
      blocks.map(async ({node}) => {
        checkAccessibleText(node.value, file, node.position?.start.line);
        try {
          const entries = await Promise.all(
            COLOUR_MODES.map(async (mode) => {
              const theme = options.themes[mode];
              const drawing = await draw(node.value, theme);
              const prefix = idPrefix(
                drawingKey({renderer: RENDERER, theme, source: node.value}),
              );
              const copy = copies.get(prefix) ?? 0;
              copies.set(prefix, copy + 1);
              const svg = withCopyIds(
                scopeIds(dropUnusedSymbols(drawing.svg), prefix),
                prefix,
                copy,
              );
              return [mode, svgElement(drawing, svg, mode, file)] as const;
            }),
          );
          const drawings = Object.fromEntries(entries) as Record<
            ColourMode,
            Element
          >;
          return [
            {
              type: 'diagram',
              position: node.position,
              data: {
                hName: 'figure',
                hProperties: figure(drawings).properties,
                hChildren: figure(drawings).children as ElementContent[],
              },
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
  };
};

export default remarkDiagrams;
