/**
 * The three sections a search result can come from, how they are labelled,
 * and which docs plugin instance belongs to which section. Shared by the
 * theme components that mark pages for the index, the search UI, the Algolia
 * record builder and the synthetic benchmark corpus.
 */

export const SECTION_LABELS = {
  docs: 'Docs',
  kb: 'Knowledge base',
  blog: 'Blog',
} as const;

export type SectionId = keyof typeof SECTION_LABELS;

export const SECTION_IDS = Object.keys(SECTION_LABELS) as SectionId[];

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTION_LABELS, value);
}

/**
 * Docs plugin instance id → section. The knowledge base is the docs instance
 * `kb`; every other docs instance is platform documentation.
 */
export function sectionOfDocsPlugin(pluginId: string): SectionId {
  return pluginId === 'kb' ? 'kb' : 'docs';
}

/** "Docs 2026.1", "Docs Next", "Knowledge base", "Blog". */
export function sectionLabel(
  section: SectionId,
  versionLabel?: string,
): string {
  const label = SECTION_LABELS[section];
  return versionLabel ? `${label} ${versionLabel}` : label;
}
