import type {ReactNode} from 'react';

import type {SearchVersionScope} from '../../../client/useSearchScope';
import {ALL_VERSIONS} from '@site/src/lib/search/query';
import {
  SECTION_IDS,
  SECTION_LABELS,
  type SectionId,
} from '@site/src/lib/search/sections';
import styles from '../styles.module.css';

interface Props {
  /** Checked sections; none checked searches every section. */
  readonly sections: readonly SectionId[];
  onSectionsChange(sections: SectionId[]): void;
  readonly scope: SearchVersionScope;
  onVersionChange(version: string): void;
}

export default function SearchFilters({
  sections,
  onSectionsChange,
  scope,
  onVersionChange,
}: Props): ReactNode {
  return (
    <div className={styles.filters}>
      <fieldset className={styles.sections}>
        <legend>Sections</legend>
        {SECTION_IDS.map((section) => (
          <label key={section} className={styles.checkbox}>
            <input
              type="checkbox"
              checked={sections.includes(section)}
              onChange={(event) =>
                onSectionsChange(
                  event.target.checked
                    ? SECTION_IDS.filter(
                        (id) => id === section || sections.includes(id),
                      )
                    : sections.filter((id) => id !== section),
                )
              }
            />
            {SECTION_LABELS[section]}
          </label>
        ))}
      </fieldset>
      {scope.versioned.map((docs) => (
        <div key={docs.pluginId} className={styles.version}>
          <label htmlFor={`search-version-${docs.pluginId}`}>
            {SECTION_LABELS[docs.section]} version
          </label>
          <select
            id={`search-version-${docs.pluginId}`}
            className={styles.select}
            value={scope.allVersions ? ALL_VERSIONS : docs.selected.name}
            onChange={(event) => onVersionChange(event.target.value)}>
            {docs.versions.map((version) => (
              <option key={version.name} value={version.name}>
                {version.label}
              </option>
            ))}
            <option value={ALL_VERSIONS}>All versions</option>
          </select>
        </div>
      ))}
    </div>
  );
}
