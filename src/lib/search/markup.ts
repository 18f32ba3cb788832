/**
 * How a page tells the search index what it is. The theme wrappers render
 * these `<meta>` elements into the page head, Pagefind reads them as filters
 * and metadata (`data-pagefind-filter="section[content]"`), the Algolia record
 * builder reads them back from the built HTML, and the benchmark corpus writes
 * the same ones, so all four agree by construction.
 */
import type {SectionId} from './sections';

/** Pagefind filter: the page's section id (`docs`, `kb`, `blog`). */
export const SECTION_FILTER = 'section';
/**
 * Pagefind filter: Docusaurus' search tag (`docs-default-2026.1`,
 * `docs-kb-current`, `default`), the same tag the Algolia theme's contextual
 * search filters on.
 */
export const TAG_FILTER = 'docusaurus_tag';
/** Pagefind metadata: the docs version label ("2026.1", "Next"), docs only. */
export const VERSION_META = 'version';

/** `<meta name>` of each element, so the record builder can find them. */
export const META_NAMES = {
  section: 'search:section',
  tag: 'search:docusaurus_tag',
  version: 'search:version',
} as const;

/** Marks the elements whose text is indexed; everything else is left out. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

export interface IndexedPageMetadata {
  readonly section: SectionId;
  readonly tag: string;
  /** Only for docs plugins with more than one version. */
  readonly versionLabel?: string;
}

export type MetaAttributes = Readonly<Record<string, string>>;

/** The attributes of each `<meta>` element a page carries for the index. */
export function indexMetaAttributes(
  page: IndexedPageMetadata,
): MetaAttributes[] {
  const tags: MetaAttributes[] = [
    {
      name: META_NAMES.section,
      content: page.section,
      'data-pagefind-filter': `${SECTION_FILTER}[content]`,
    },
    {
      name: META_NAMES.tag,
      content: page.tag,
      'data-pagefind-filter': `${TAG_FILTER}[content]`,
    },
  ];
  if (page.versionLabel) {
    tags.push({
      name: META_NAMES.version,
      content: page.versionLabel,
      'data-pagefind-meta': `${VERSION_META}[content]`,
    });
  }
  return tags;
}
