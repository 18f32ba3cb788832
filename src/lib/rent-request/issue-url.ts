/**
 * Turns a request into the address of a prefilled GitHub issue form:
 * `https://<host>/<owner>/<repo>/issues/new?template=rent-an-engineer.yml&title=…&<field-id>=…`.
 * Nothing is sent by the site: the reader opens the address and submits the
 * issue under their own account.
 */
import type {GitHubRepository} from '../../data/site';
import {newIssueUrl} from '../github';
import {
  FIELDS,
  TEMPLATE_FILE,
  TITLE_MAX_LENGTH,
  TITLE_PARAM,
  type FieldDefinition,
  type FieldId,
  type RequestDraft,
} from './fields';
import {
  MENTION_BREAK,
  graphemes,
  sanitiseBodyText,
  sanitiseTitle,
} from './text';
import {linkLines, normaliseHandle} from './validate';

/**
 * Longest address the page opens. Browsers take far longer ones, but GitHub
 * (and proxies in front of GitHub Enterprise Server) answer 414 URI Too Long
 * somewhere above 8 KB, after which the reader would get a blank form.
 */
export const URL_LIMIT = 8000;

/** Title of a request whose engagement type is not chosen yet. */
export const DEFAULT_TITLE = 'Rent-an-engineer request';

/** Appended where a long answer was cut; the reader pastes the full text as a comment. */
export const SHORTENED_NOTE =
  '…\n\n_(Shortened to fit in a link: the full text follows in a comment.)_';
const SHORTENED_INLINE_NOTE = '… (shortened)';

export interface SentValue {
  readonly id: FieldId;
  /** The query parameter: the field id, or `title` for the summary. */
  readonly param: string;
  readonly label: string;
  /** Exactly what GitHub receives. */
  readonly value: string;
  readonly shortened: boolean;
  /** The whole answer as it would have been sent without shortening. */
  readonly fullValue: string;
}

export interface RequestLink {
  readonly url: URL;
  /** Every field in form order, empty ones included (GitHub gets only the others). */
  readonly values: readonly SentValue[];
  /** `@org/team` mentions that were neutralised, as the reader typed them. */
  readonly neutralisedMentions: readonly string[];
  /** True when some `<` or `&` got a backslash so that GitHub shows it as typed. */
  readonly escapedMarkup: boolean;
}

export interface BuildOptions {
  /** For tests; the page always uses URL_LIMIT. */
  readonly limit?: number;
}

function isMultiline(field: FieldDefinition): boolean {
  return field.control === 'textarea';
}

/** `Rent an engineer: Orders – Print carrier labels`, one line, at most 256 characters. */
export function requestTitle(draft: RequestDraft): string {
  const prefix = draft.engagement.trim() || DEFAULT_TITLE;
  const rest = [draft.team, draft.title]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' – ');
  return sanitiseTitle(rest ? `${prefix}: ${rest}` : prefix, TITLE_MAX_LENGTH);
}

/** The answer as typed, tidied into what GitHub should get, before it is made safe. */
function rawValue(id: FieldId, draft: RequestDraft): string {
  const value = draft[id];
  switch (id) {
    case 'requester': {
      const handle = normaliseHandle(value);
      return handle ? `@${handle}` : '';
    }
    case 'links':
      return linkLines(value).join('\n');
    default:
      return value.trim();
  }
}

/** The pieces a long answer can be cut into: whole lines for links, characters otherwise. */
function units(id: string, raw: string): {parts: string[]; joiner: string} {
  return id === 'links'
    ? {parts: raw.split('\n'), joiner: '\n'}
    : {parts: graphemes(raw), joiner: ''};
}

function safeValue(field: FieldDefinition, raw: string): string {
  return field.id === TITLE_PARAM
    ? raw
    : sanitiseBodyText(raw, isMultiline(field));
}

/** The first `keep` pieces of an answer, made safe, with the note that says it was cut. */
function cutValue(
  field: FieldDefinition,
  {parts, joiner}: {parts: readonly string[]; joiner: string},
  keep: number,
): string {
  const kept = parts.slice(0, keep).join(joiner).trimEnd();
  if (field.id === TITLE_PARAM) {
    return `${kept}…`;
  }
  const note = isMultiline(field) ? SHORTENED_NOTE : SHORTENED_INLINE_NOTE;
  return `${safeValue(field, kept)}${kept ? (isMultiline(field) ? '\n\n' : '') : ''}${note}`;
}

function encodedLength(value: string): number {
  return new URLSearchParams([['', value]]).toString().length - 1;
}

/**
 * The prefilled issue address for a request, with what each field sends.
 *
 * When the address would be longer than URL_LIMIT, the answer that takes the
 * most room in the address is cut, at a character (or, for links, a line)
 * boundary, just far enough for the address to fit, and ends with a note; if
 * cutting it to nothing is not enough, the next longest follows. The full text
 * of every cut answer is returned so the page can offer to copy it.
 */
export function buildRequestLink(
  repository: GitHubRepository,
  draft: RequestDraft,
  {limit = URL_LIMIT}: BuildOptions = {},
): RequestLink {
  const raw = new Map<FieldId, string>(
    FIELDS.map((field) => [
      field.id,
      field.id === TITLE_PARAM
        ? requestTitle(draft)
        : rawValue(field.id, draft),
    ]),
  );
  const full = new Map<FieldId, string>(
    FIELDS.map((field) => [field.id, safeValue(field, raw.get(field.id)!)]),
  );
  const sent = new Map(full);
  const shortened = new Set<FieldId>();

  const build = (): URL =>
    newIssueUrl(repository, {
      template: TEMPLATE_FILE,
      // The title first, so the address reads like the issue will.
      [TITLE_PARAM]: sent.get(TITLE_PARAM),
      ...Object.fromEntries(
        FIELDS.map((field) => [field.id, sent.get(field.id)]),
      ),
    });

  let url = build();
  while (url.href.length > limit) {
    const field = FIELDS.filter(
      (candidate) =>
        !shortened.has(candidate.id) && sent.get(candidate.id) !== '',
    ).sort(
      (a, b) => encodedLength(sent.get(b.id)!) - encodedLength(sent.get(a.id)!),
    )[0];
    if (!field) {
      throw new Error(
        `A request address cannot be made shorter than ${url.href.length} characters, over the limit of ${limit}.`,
      );
    }
    const pieces = units(field.id, raw.get(field.id)!);
    const fits = (keep: number): boolean => {
      sent.set(field.id, cutValue(field, pieces, keep));
      return build().href.length <= limit;
    };
    // The longest prefix that fits: binary search over the pieces.
    let low = 0;
    let high = pieces.parts.length - 1;
    if (!fits(0)) {
      high = -1;
    }
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    sent.set(field.id, cutValue(field, pieces, Math.max(0, high)));
    shortened.add(field.id);
    url = build();
  }

  const values = FIELDS.map((field): SentValue => ({
    id: field.id,
    param: field.id,
    label: field.id === TITLE_PARAM ? 'Issue title' : field.label,
    value: sent.get(field.id)!,
    shortened: shortened.has(field.id),
    fullValue: full.get(field.id)!,
  }));
  const mentionPattern = new RegExp(
    `@${MENTION_BREAK}([^\\s\`]*?\\/[A-Za-z0-9][\\w.-]*)`,
    'g',
  );
  const neutralisedMentions = [
    ...new Set(
      values.flatMap((value) =>
        [...value.fullValue.matchAll(mentionPattern)].map(
          (match) => `@${match[1]!.replaceAll('\\', '')}`,
        ),
      ),
    ),
  ];
  const escapes = (text: string): number => text.match(/\\[<&]/g)?.length ?? 0;
  const escapedMarkup = FIELDS.some(
    (field) => escapes(full.get(field.id)!) > escapes(raw.get(field.id)!),
  );
  return {url, values, neutralisedMentions, escapedMarkup};
}

/**
 * The full text of every shortened answer as Markdown, ready to paste as the
 * first comment on the issue.
 */
export function shortenedFullText(link: RequestLink): string {
  return link.values
    .filter((value) => value.shortened)
    .map((value) => `### ${value.label}\n\n${value.fullValue}`)
    .join('\n\n');
}
