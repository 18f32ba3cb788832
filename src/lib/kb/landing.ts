/**
 * The /kb landing page's data and filters, as pure functions: the plugin
 * builds the list at build time, the page filters it in the reader's browser
 * with the filter state in the URL (`/kb?tags=dns&q=resolve`), so a filtered
 * list can be shared and survives a reload.
 */
import type {KbTag} from './context';

/** What the landing shows of one answer: no HTML, only what a list row needs. */
export interface KbListEntry {
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly tags: readonly string[];
  /** `YYYY-MM-DD` */
  readonly lastVerified: string;
}

export interface KbLandingData {
  readonly tags: readonly KbTag[];
  readonly answers: readonly KbListEntry[];
}

/** Answers /kb renders at first, and adds with each "Show more". */
export const LANDING_PAGE_SIZE = 30;

/**
 * What /kb loads with its page: the tags, the counts and the first answers,
 * enough to render the unfiltered page. The whole list (KbLandingData's
 * answers) grows by about 300 bytes per answer, so the page fetches it only
 * when the reader filters or asks for more.
 */
export interface KbLandingSummary {
  readonly tags: readonly KbTag[];
  /** How many answers there are in all. */
  readonly total: number;
  /** How many answers carry each tag id. */
  readonly counts: Readonly<Record<string, number>>;
  /** The first answers of the sorted list: what the page shows unfiltered. */
  readonly first: readonly KbListEntry[];
}

/** The summary of a landing whose answers are sorted, with its first `size` answers. */
export function landingSummary(
  data: KbLandingData,
  size: number,
): KbLandingSummary {
  return {
    tags: data.tags,
    total: data.answers.length,
    counts: Object.fromEntries(countByTag(data.answers)),
    first: data.answers.slice(0, size),
  };
}

export interface KbFilter {
  /** Selected tag ids: an answer must carry every one of them. */
  readonly tags: readonly string[];
  /** Free text: every word must appear in the title, the answer or a tag. */
  readonly query: string;
}

export const EMPTY_FILTER: KbFilter = {tags: [], query: ''};

const TAGS_PARAM = 'tags';
const QUERY_PARAM = 'q';

/** Reads the filter from a query string, ignoring tags that do not exist. */
export function parseFilter(
  search: string,
  knownTags: readonly string[],
): KbFilter {
  const params = new URLSearchParams(search);
  const tags = params
    .getAll(TAGS_PARAM)
    .flatMap((value) => value.split(','))
    .filter(
      (tag, index, all) =>
        knownTags.includes(tag) && all.indexOf(tag) === index,
    );
  return {tags, query: params.get(QUERY_PARAM) ?? ''};
}

/**
 * Writes the filter into a query string, keeping any other parameter. Empty
 * filters leave no trace, so the plain /kb stays the plain /kb.
 */
export function serializeFilter(filter: KbFilter, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(TAGS_PARAM);
  params.delete(QUERY_PARAM);
  for (const tag of filter.tags) {
    params.append(TAGS_PARAM, tag);
  }
  if (filter.query.trim() !== '') {
    params.set(QUERY_PARAM, filter.query);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The landing URL filtered by one tag: the topic links of the sidebar and of answer pages. */
export function tagFilterPath(basePath: string, tag: string): string {
  return `${basePath}${serializeFilter({tags: [tag], query: ''})}`;
}

export function toggleTag(filter: KbFilter, tag: string): KbFilter {
  return {
    ...filter,
    tags: filter.tags.includes(tag)
      ? filter.tags.filter((selected) => selected !== tag)
      : [...filter.tags, tag],
  };
}

function words(text: string): string[] {
  return text
    .toLocaleLowerCase('en')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The lower-case text an answer is searched in, computed once per answer. */
export function searchText(entry: KbListEntry, tags: readonly KbTag[]): string {
  const labels = entry.tags.map(
    (id) => tags.find((tag) => tag.id === id)?.label ?? id,
  );
  return ` ${words([entry.title, entry.description, ...labels].join(' ')).join(' ')}`;
}

/**
 * The answers that match the filter, in their original order. `texts` holds
 * searchText() of each answer, so filtering 3,000 answers on every keystroke
 * does no string work beyond the comparisons.
 */
export function filterAnswers<T extends KbListEntry>(
  answers: readonly T[],
  texts: readonly string[],
  filter: KbFilter,
): T[] {
  // Each query word must start a word of the answer: "cert" finds "certificate".
  const needles = words(filter.query).map((word) => ` ${word}`);
  return answers.filter(
    (answer, index) =>
      filter.tags.every((tag) => answer.tags.includes(tag)) &&
      needles.every((needle) => texts[index]!.includes(needle)),
  );
}

/** How many answers carry each tag, for the counts beside the tag buttons. */
export function countByTag(
  answers: readonly KbListEntry[],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    for (const tag of answer.tags) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return counts;
}

/** Most recently verified first, then by title: fresh answers lead the list. */
export function sortAnswers<T extends KbListEntry>(answers: readonly T[]): T[] {
  return [...answers].sort(
    (a, b) =>
      b.lastVerified.localeCompare(a.lastVerified) ||
      a.title.localeCompare(b.title, 'en'),
  );
}
