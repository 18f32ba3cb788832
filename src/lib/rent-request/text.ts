/**
 * Text handling for rent-an-engineer requests: how long a text is, where it can
 * be cut, and how typed text is made safe to land in a GitHub issue.
 *
 * GitHub renders every issue-form answer as Markdown under a `### Label`
 * heading, so what a reader types can do more than they meant. Three things
 * are handled on purpose:
 *
 * - Newlines and control characters in the title, and in one-line answers,
 *   become single spaces: a title is one line, and a newline in a one-line
 *   answer could start a fake `### Heading` section in the issue.
 * - `@org/team` mentions would notify a whole team the moment the issue is
 *   submitted. A zero-width joiner (U+200D) goes between `@` and the name:
 *   the issue still reads `@org/team`, but GitHub no longer links or notifies.
 *   It is applied everywhere outside fenced code blocks (where GitHub never
 *   notifies), inline code included, because a wrong guess about inline code
 *   must never let a mention through. People (`@mona`) are left alone.
 * - HTML is shown as typed instead of being interpreted: `<` that would start
 *   a tag or comment gets a Markdown backslash escape, and so does `&` that
 *   would start a character reference (`&#64;` would otherwise become `@`).
 *   GitHub sanitises HTML anyway; this keeps comments and `<details>` from
 *   hiding part of a request from the people who triage it.
 */

/** Zero-width joiner: invisible, and it breaks GitHub's mention syntax. */
export const MENTION_BREAK = '\u200D';

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, {granularity: 'grapheme'})
    : undefined;

const SIMPLE_TEXT = /^[\t\n\x20-\x7E\u00A0-\u02FF]*$/;

/**
 * The characters a reader sees (grapheme clusters): `👩‍👩‍👧` is one, `é` is
 * one whether it is typed as one code point or two. Falls back to code points
 * where `Intl.Segmenter` is missing, so a cut never splits a surrogate pair.
 */
export function graphemes(text: string): string[] {
  // Latin text without combining marks is one character per code unit, and
  // segmenting is slow (about 100 ms for 25,000 emoji), so skip it there.
  if (segmenter && !SIMPLE_TEXT.test(text)) {
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

/** Length in characters as a reader counts them; limits and counters use it. */
export function textLength(text: string): number {
  return graphemes(text).length;
}

/** Lone surrogates (from a broken paste) would become U+FFFD anyway; do it visibly here. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Windows and old Mac line ends become `\n`; other control characters go. */
function normaliseLines(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, (char) =>
      char === '\n' || char === '\t' ? char : '',
    );
}

/** Collapses any run of whitespace, newlines included, into one space. */
export function toSingleLine(text: string): string {
  return normaliseLines(text).replace(/\s+/gu, ' ').trim();
}

/**
 * An issue title: one line, no control or direction-changing characters, at
 * most `maxLength` characters (GitHub's limit is 256), cut with an ellipsis.
 */
export function sanitiseTitle(text: string, maxLength: number): string {
  const line = toSingleLine(text);
  const characters = graphemes(line);
  if (characters.length <= maxLength) {
    return line;
  }
  return `${characters
    .slice(0, Math.max(0, maxLength - 1))
    .join('')
    .trimEnd()}…`;
}

/** `@org/team` (also with `\/` or `\-` escapes, which render the same) gets a joiner after `@`. */
export function neutraliseTeamMentions(text: string): string {
  return text.replace(
    /@(?=[A-Za-z0-9](?:[A-Za-z0-9_-]|\\[-_])*\\?\/)/g,
    `@${MENTION_BREAK}`,
  );
}

/** Adds a backslash before `match` unless an odd number of backslashes already escapes it. */
function escapeUnlessEscaped(
  text: string,
  pattern: RegExp,
  mark: string,
): string {
  return text.replace(pattern, (whole, backslashes: string) =>
    backslashes.length % 2 === 1 ? whole : `${backslashes}\\${mark}`,
  );
}

/** `<tag`, `</tag`, `<!--`, `<?` and `&#64;`-style references are shown as typed. */
function escapeHtml(text: string): string {
  const withoutReferences = escapeUnlessEscaped(
    text,
    /(\\*)&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g,
    '&',
  );
  // Inline code shows `<` literally already; an escape there would show as `\<`.
  return withoutReferences
    .split(/((?<![`\\])`+(?!`)[^`\n]*?(?<!`)`+(?!`))/)
    .map((part, index) =>
      index % 2 === 1 && isBalancedCodeSpan(part)
        ? part
        : escapeUnlessEscaped(part, /(\\*)<(?=[A-Za-z/!?])/g, '<'),
    )
    .join('');
}

function isBalancedCodeSpan(part: string): boolean {
  const open = /^`+/.exec(part)?.[0].length;
  const close = /`+$/.exec(part)?.[0].length;
  return open !== undefined && open === close && part.length > open * 2;
}

interface Segment {
  readonly code: boolean;
  readonly text: string;
}

interface FencedSplit {
  readonly segments: readonly Segment[];
  /** The fence that is still open at the end of the text, if any. */
  readonly unclosed?: string;
}

/**
 * Splits Markdown into fenced code blocks and everything else. Only fences that
 * start in the first column count as code (an indented fence may sit in a list
 * item that GitHub closes earlier), and any line made of enough fence
 * characters closes one: every doubt falls on the side of treating text as
 * prose, which is where mentions are neutralised.
 */
export function splitFencedCode(text: string): FencedSplit {
  const segments: Segment[] = [];
  let current: {code: boolean; lines: string[]} = {code: false, lines: []};
  let fence: {char: string; length: number} | undefined;
  const flush = (code: boolean): void => {
    if (current.lines.length > 0) {
      segments.push({code: current.code, text: current.lines.join('')});
    }
    current = {code, lines: []};
  };
  for (const line of text.split(/(?<=\n)/)) {
    if (!fence) {
      const opening = /^(`{3,}|~{3,})(.*)$/.exec(line.replace(/\n$/, ''));
      const marker = opening?.[1];
      const info = opening?.[2] ?? '';
      if (marker && !(marker.startsWith('`') && info.includes('`'))) {
        flush(true);
        fence = {char: marker[0]!, length: marker.length};
      }
      current.lines.push(line);
    } else {
      current.lines.push(line);
      const closing = /^[ \t]*(`{3,}|~{3,})[ \t]*\n?$/.exec(line)?.[1];
      if (
        closing &&
        closing[0] === fence.char &&
        closing.length >= fence.length
      ) {
        fence = undefined;
        flush(false);
      }
    }
  }
  flush(false);
  return {
    segments,
    unclosed: fence ? fence.char.repeat(fence.length) : undefined,
  };
}

/**
 * A free-text answer made safe for the issue body (see the module comment):
 * line ends normalised, team mentions neutralised and HTML shown as typed,
 * except inside fenced code blocks, which GitHub shows verbatim.
 *
 * A fence left open is closed: GitHub puts every answer into one document, so
 * an open fence would run on into the next answers and a fence there would
 * close it, turning code into prose that was never made safe.
 */
export function sanitiseBodyText(text: string, multiline: boolean): string {
  if (!multiline) {
    // A one-line answer is never code; a leading fence would swallow the
    // answers after it, so it is shown as typed.
    return escapeHtml(neutraliseTeamMentions(toSingleLine(text))).replace(
      /^(`{3,}|~{3,})/,
      '\\$1',
    );
  }
  const normalised = normaliseLines(text).replace(/^\n+|\s+$/g, '');
  const {segments, unclosed} = splitFencedCode(normalised);
  const safe = segments
    .map((segment) =>
      segment.code
        ? segment.text
        : escapeHtml(neutraliseTeamMentions(segment.text)),
    )
    .join('');
  return unclosed ? `${safe}\n${unclosed}` : safe;
}

/** The team mentions a text contains, as typed, to tell the reader what changed. */
export function teamMentions(text: string): string[] {
  const found = text.match(/@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9][\w.-]*/g);
  return [...new Set(found ?? [])];
}
