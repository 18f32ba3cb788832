/**
 * The four sections a search result can come from, how they are labelled,
 * and which docs plugin instance belongs to which section. Shared by the
 * theme components that mark pages for the index, the search UI, the Algolia
 * record builder and the synthetic benchmark corpus.
 */

export const SECTION_LABELS = {
  docs: 'Docs',
  kb: 'Knowledge base',
  blog: 'Blog',
  contribute: 'Contribute',
} as const;

export type SectionId = keyof typeof SECTION_LABELS;

export const SECTION_IDS = Object.keys(SECTION_LABELS) as SectionId[];

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTION_LABELS, value);
}

/**
 * Docs plugin instances that are a section of their own: the knowledge base
 * (`kb`) and the contributors' how-tos (`contribute`).
 */
const SECTION_OF_DOCS_PLUGIN: Readonly<Record<string, SectionId>> = {
  kb: 'kb',
  contribute: 'contribute',
};

/**
 * Docs plugin instance id → section. Every docs instance not named above is
 * platform documentation.
 */
export function sectionOfDocsPlugin(pluginId: string): SectionId {
  return Object.hasOwn(SECTION_OF_DOCS_PLUGIN, pluginId)
    ? (SECTION_OF_DOCS_PLUGIN[pluginId] ?? 'docs')
    : 'docs';
}

/** "Docs 2026.1", "Docs Next", "Knowledge base", "Blog", "Contribute". */
export function sectionLabel(
  section: SectionId,
  versionLabel?: string,
): string {
  const label = SECTION_LABELS[section];
  return versionLabel ? `${label} ${versionLabel}` : label;
}
