/**
 * Mermaid diagrams drawn when the site is built: what a diagram's source must
 * say for a reader who cannot see it, the key a rendered diagram is cached
 * under, the ids it is drawn with, and how far it may shrink.
 */
import {createHash} from 'node:crypto';

/** The two colour modes of the site and the Mermaid theme drawn for each. */
export type ColourMode = 'light' | 'dark';
/** A Mermaid theme, with variables that override its colours. */
export interface MermaidTheme {
  readonly theme: string;
  readonly themeVariables?: Readonly<Record<string, string>>;
}
export type Themes = Record<ColourMode, MermaidTheme>;

export const COLOUR_MODES: readonly ColourMode[] = ['light', 'dark'];

/** One drawing of a diagram, as Mermaid rendered it. */
export interface Drawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly title?: string;
  readonly description?: string;
}

const ACC_TITLE = /^\s*accTitle\s*:\s*\S/m;
const ACC_DESCR = /^\s*accDescr\s*(?::\s*\S|\{)/m;

/**
 * Throws unless the diagram names itself (`accTitle`) and says what it shows
 * (`accDescr`): screen readers announce the drawing by these alone.
 */
export function checkAccessibleText(
  source: string,
  file: string,
  line: number | undefined,
): void {
  const missing = [
    ACC_TITLE.test(source) ? undefined : 'accTitle',
    ACC_DESCR.test(source) ? undefined : 'accDescr',
  ].filter((name) => name !== undefined);
  if (missing.length === 0) {
    return;
  }
  const where = line === undefined ? file : `${file}:${line}`;
  throw new Error(
    `${where}: the mermaid diagram has no ${missing.join(' and no ')}. A screen reader announces a diagram by these alone: add, below its first line, "accTitle: <what the diagram is>" and "accDescr: <what it shows, in a sentence or two>" (https://mermaid.js.org/config/accessibility.html).`,
  );
}

/**
 * The cache key of one drawing: everything that changes the SVG (the
 * renderer, its versions, the theme, the source).
 */
export function drawingKey(parts: {
  readonly renderer: string;
  readonly theme: MermaidTheme;
  readonly source: string;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.renderer, parts.theme, parts.source]))
    .digest('hex');
}

/**
 * The id prefix Mermaid draws a diagram with. Mermaid's ids (the SVG root,
 * which its `<style>` selects; markers; the title and description) start with
 * it, so drawings of different diagrams or themes never share an id.
 */
export const idPrefix = (key: string): string => `diagram-${key.slice(0, 12)}`;

/**
 * Drops the `<symbol>`s nothing uses: a sequence diagram carries the icons of
 * every kind of participant (a database, a computer, a clock: 14 KB) whether
 * it shows them or not.
 */
export function dropUnusedSymbols(svg: string): string {
  return svg.replaceAll(
    /<symbol\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g,
    (symbol, id: string) =>
      svg.includes(`#${id}"`) || svg.includes(`#${id})`) ? symbol : '',
  );
}

/**
 * Renames the ids Mermaid drew with prefix `from` (`diagram-batch-3`,
 * `diagram-batch-3-arrowhead`, `chart-title-diagram-batch-3`; not
 * `diagram-batch-30`) to prefix `to`.
 */
export function renamePrefix(svg: string, from: string, to: string): string {
  const escaped = from.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return svg.replaceAll(new RegExp(`${escaped}(?![0-9])`, 'g'), to);
}

/** Readers may scale a drawing down to this share of its size, no further. */
export const MIN_SCALE = 0.6;

/**
 * How wide a drawing may be: as wide as the column up to its own width, and
 * no narrower than `MIN_SCALE` of it, so the labels stay readable on a phone
 * (the figure around it scrolls sideways instead).
 */
export function drawingSize(width: number): {
  maxWidth: number;
  minWidth: number;
} {
  return {maxWidth: Math.ceil(width), minWidth: Math.ceil(width * MIN_SCALE)};
}
