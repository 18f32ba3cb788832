/**
 * Pagefind returns excerpts as HTML: the page text, HTML-escaped, with the
 * matched words wrapped in `<mark>`. Rendering that with innerHTML would trust
 * the index; instead it is split into plain-text segments that React renders
 * as text, with `<mark>` as the only markup that survives.
 */

export interface ExcerptSegment {
  readonly text: string;
  readonly highlighted: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the named and numeric character references Pagefind emits. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
    (match, entity: string) => {
      if (entity[0] === '#') {
        const code =
          entity[1] === 'x' || entity[1] === 'X'
            ? Number.parseInt(entity.slice(2), 16)
            : Number.parseInt(entity.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : match;
      }
      return ENTITIES[entity.toLowerCase()] ?? match;
    },
  );
}

/** Splits an excerpt into text and highlighted text; any other tag is dropped. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      highlighted = true;
    } else if (/^<\/mark>$/i.test(part)) {
      highlighted = false;
    } else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) {
        const last = segments.at(-1);
        if (last && last.highlighted === highlighted) {
          segments[segments.length - 1] = {text: last.text + text, highlighted};
        } else {
          segments.push({text, highlighted});
        }
      }
    }
  }
  return segments;
}
