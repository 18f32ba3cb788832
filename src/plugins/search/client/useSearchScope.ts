/**
 * Which docs versions a search covers. By default, the version the reader is
 * on: the version of the doc being read, else the version last chosen in the
 * navbar's version menu, else the latest release (the rule Docusaurus'
 * Algolia contextual search follows, see useDocsContextualSearchTags). A
 * requested version (`?version=2025.2`) or `all` overrides it.
 */
import {
  getDocsVersionSearchTag,
  useActivePluginAndVersion,
  useAllDocsData,
  useDocsPreferredVersionByPluginId,
} from '@docusaurus/plugin-content-docs/client';
import {DEFAULT_SEARCH_TAG} from '@docusaurus/theme-common/internal';

import {ALL_VERSIONS} from '@site/src/lib/search/query';
import {
  sectionOfDocsPlugin,
  type SectionId,
} from '@site/src/lib/search/sections';

export interface VersionOption {
  readonly name: string;
  readonly label: string;
}

export interface VersionedDocs {
  readonly pluginId: string;
  readonly section: SectionId;
  readonly versions: readonly VersionOption[];
  /** The version searched unless all versions are. */
  readonly selected: VersionOption;
}

export interface SearchVersionScope {
  /** Docusaurus search tags to filter on; `undefined` for all versions. */
  readonly tags: readonly string[] | undefined;
  /** Docs instances with more than one version (the knowledge base has one). */
  readonly versioned: readonly VersionedDocs[];
  readonly allVersions: boolean;
}

export function useSearchVersionScope(
  requested: string | undefined,
): SearchVersionScope {
  const allDocsData = useAllDocsData();
  const active = useActivePluginAndVersion();
  const preferred = useDocsPreferredVersionByPluginId();
  const allVersions = requested === ALL_VERSIONS;
  const tags: string[] = [DEFAULT_SEARCH_TAG];
  const versioned: VersionedDocs[] = [];
  for (const [pluginId, data] of Object.entries(allDocsData)) {
    const byName = data.versions.find((version) => version.name === requested);
    const activeVersion =
      active?.activePlugin.pluginId === pluginId
        ? active.activeVersion
        : undefined;
    const selected =
      byName ??
      activeVersion ??
      preferred[pluginId] ??
      data.versions.find((version) => version.isLast) ??
      data.versions[0];
    if (!selected) {
      continue;
    }
    tags.push(getDocsVersionSearchTag(pluginId, selected.name));
    if (data.versions.length > 1) {
      versioned.push({
        pluginId,
        section: sectionOfDocsPlugin(pluginId),
        versions: data.versions.map(({name, label}) => ({name, label})),
        selected: {name: selected.name, label: selected.label},
      });
    }
  }
  return {tags: allVersions ? undefined : tags, versioned, allVersions};
}
