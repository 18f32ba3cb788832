/**
 * Builds DocSearch records (the format Algolia's DocSearch UI and Docusaurus'
 * Algolia theme query) from a built page. Internal sites are out of reach of
 * Algolia's hosted crawler, so `npm run search:algolia` builds the records
 * from the build output and pushes them itself.
 *
 * The indexed part of a page is what the theme marks for the embedded search
 * (`data-pagefind-body`, minus `data-pagefind-ignore`), so both engines see
 * the same text; the hierarchy comes from its headings, the section from the
 * page's search metadata, and `docusaurus_tag`/`language`/`version` from the
 * meta tags Docusaurus writes for contextual search.
 */
import type {IndexSettings} from '@algolia/client-search';
import {load, type CheerioAPI} from 'cheerio';

import {BODY_ATTRIBUTE, META_NAMES} from './markup';
import {isSectionId, SECTION_LABELS} from './sections';

export const LEVELS = [
  'lvl0',
  'lvl1',
  'lvl2',
  'lvl3',
  'lvl4',
  'lvl5',
  'lvl6',
] as const;
export type Level = (typeof LEVELS)[number];
export type Hierarchy = Record<Level, string | null>;

export interface DocSearchRecord {
  readonly objectID: string;
  readonly hierarchy: Hierarchy;
  readonly content: string | null;
  readonly type: Level | 'content';
  readonly url: string;
  readonly url_without_anchor: string;
  readonly anchor: string | null;
  readonly weight: {
    readonly pageRank: number;
    readonly level: number;
    readonly position: number;
  };
  readonly language: string;
  readonly lang: string;
  readonly docusaurus_tag: string;
  readonly version?: string[];
}

/**
 * The index settings DocSearch's UI expects (those of Algolia's DocSearch
 * crawler template for Docusaurus): contextual-search facets, one hit per URL,
 * ranking by page rank, heading level and position on the page.
 */
export const DOCSEARCH_SETTINGS: IndexSettings = {
  attributesForFaceting: [
    'type',
    'lang',
    'language',
    'version',
    'docusaurus_tag',
  ],
  attributesToRetrieve: [
    'hierarchy',
    'content',
    'anchor',
    'url',
    'url_without_anchor',
    'type',
  ],
  attributesToHighlight: ['hierarchy', 'content'],
  attributesToSnippet: ['content:10'],
  camelCaseAttributes: ['hierarchy', 'content'],
  searchableAttributes: [
    ...LEVELS.map((level) => `unordered(hierarchy.${level})`),
    'content',
  ],
  distinct: true,
  attributeForDistinct: 'url',
  customRanking: [
    'desc(weight.pageRank)',
    'desc(weight.level)',
    'asc(weight.position)',
  ],
  ranking: [
    'words',
    'filters',
    'typo',
    'attribute',
    'proximity',
    'exact',
    'custom',
  ],
  highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
  highlightPostTag: '</span>',
  minWordSizefor1Typo: 3,
  minWordSizefor2Typos: 7,
  allowTyposOnNumericTokens: false,
  minProximity: 1,
  ignorePlurals: true,
  advancedSyntax: true,
  attributeCriteriaComputedByMinProximity: true,
  removeWordsIfNoResults: 'allOptional',
  separatorsToIndex: '_',
};

/** DocSearch's weight for each level: headings rank above body text. */
const LEVEL_WEIGHT: Record<Level | 'content', number> = {
  lvl0: 100,
  lvl1: 90,
  lvl2: 80,
  lvl3: 70,
  lvl4: 60,
  lvl5: 50,
  lvl6: 40,
  content: 0,
};

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/**
 * Elements whose text becomes a content record: a table row is one record
 * (its cells joined), so a row reads as the fact it states. Code blocks are
 * left out.
 */
const TEXT_BLOCKS = ['p', 'li', 'tr', 'dt', 'dd', 'blockquote'];

export interface PageInput {
  /** Absolute URL of the page, without an anchor. */
  readonly url: string;
  /** Extra rank for the whole page (DocSearch's `pageRank`); default 0. */
  readonly pageRank?: number;
}

function normalise(text: string): string {
  return text
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function meta($: CheerioAPI, name: string): string | undefined {
  const content = $(`meta[name="${name}"]`).attr('content');
  return content?.trim() || undefined;
}

/** Text of an element without the parts marked to be left out of the index. */
function indexedText(element: ReturnType<CheerioAPI>): string {
  const copy = element.clone();
  copy.find('[data-pagefind-ignore], .hash-link, pre, script, style').remove();
  if (copy.is('tr')) {
    // A header row only names the columns.
    if (copy.children('td').length === 0) {
      return '';
    }
    return copy
      .children('td, th')
      .toArray()
      .map((cell) => normalise(copy.find(cell).text()))
      .filter(Boolean)
      .join(' | ');
  }
  return normalise(copy.text());
}

export function buildPageRecords(
  html: string,
  page: PageInput,
): DocSearchRecord[] {
  const $ = load(html);
  const bodies = $(`[${BODY_ATTRIBUTE}]`).toArray();
  if (bodies.length === 0) {
    return [];
  }
  const section = meta($, META_NAMES.section);
  const lvl0 =
    section && isSectionId(section) ? SECTION_LABELS[section] : 'Documentation';
  const language =
    meta($, 'docsearch:language') ?? $('html').attr('lang')?.trim() ?? 'en';
  const tag =
    meta($, 'docsearch:docusaurus_tag') ?? meta($, META_NAMES.tag) ?? 'default';
  const version = meta($, 'docsearch:version');
  const pageUrl = new URL(page.url);
  pageUrl.hash = '';
  const urlWithoutAnchor = pageUrl.href;

  const hierarchy: Hierarchy = {
    lvl0,
    lvl1: null,
    lvl2: null,
    lvl3: null,
    lvl4: null,
    lvl5: null,
    lvl6: null,
  };
  let anchor: string | null = null;
  const records: DocSearchRecord[] = [];

  const push = (type: Level | 'content', content: string | null): void => {
    const url = anchor ? `${urlWithoutAnchor}#${anchor}` : urlWithoutAnchor;
    const position = records.length;
    records.push({
      objectID: `${pageUrl.pathname}#${position}`,
      hierarchy: {...hierarchy},
      content,
      type,
      url,
      url_without_anchor: urlWithoutAnchor,
      anchor,
      weight: {
        pageRank: page.pageRank ?? 0,
        level: LEVEL_WEIGHT[type],
        position,
      },
      language,
      lang: language,
      docusaurus_tag: tag,
      ...(version ? {version: [version]} : {}),
    });
  };

  const selector = [...HEADINGS, ...TEXT_BLOCKS].join(', ');
  for (const body of bodies) {
    for (const node of $(body).find(selector).toArray()) {
      const element = $(node);
      if (element.closest('[data-pagefind-ignore], pre').length > 0) {
        continue;
      }
      const headingIndex = HEADINGS.indexOf(node.tagName.toLowerCase());
      if (headingIndex >= 0) {
        const level = LEVELS[headingIndex + 1]!;
        const text = indexedText(element);
        if (!text) {
          continue;
        }
        hierarchy[level] = text;
        for (const deeper of LEVELS.slice(headingIndex + 2)) {
          hierarchy[deeper] = null;
        }
        // The page title (h1) belongs to the page itself, not to an anchor.
        anchor = level === 'lvl1' ? null : (element.attr('id') ?? anchor);
        push(level, null);
        continue;
      }
      // A list item that holds paragraphs is recorded through its paragraphs.
      if (element.find(TEXT_BLOCKS.join(', ')).length > 0) {
        continue;
      }
      const text = indexedText(element);
      if (text) {
        push('content', text);
      }
    }
  }
  return records;
}
