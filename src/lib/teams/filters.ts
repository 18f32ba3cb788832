/**
 * The filter of the teams table and its place in the URL query
 * (`/teams?archetype=NaN&stage=live&cluster=cloud`), so a filtered view can be
 * bookmarked, shared and reloaded. Unknown values are ignored, not trusted.
 */
import {
  ARCHETYPES,
  CLUSTERS,
  STAGES,
  type Archetype,
  type Cluster,
  type Stage,
  type Team,
} from './model';

export interface TeamFilters {
  readonly archetype?: Archetype;
  readonly stage?: Stage;
  readonly cluster?: Cluster;
}

export const FILTER_KEYS = ['archetype', 'stage', 'cluster'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const ALLOWED: Readonly<Record<FilterKey, readonly string[]>> = {
  archetype: ARCHETYPES,
  stage: STAGES,
  cluster: CLUSTERS,
};

function pick<T extends string>(
  params: URLSearchParams,
  key: FilterKey,
): T | undefined {
  const value = params.get(key);
  return value !== null && ALLOWED[key].includes(value)
    ? (value as T)
    : undefined;
}

/** Reads the filters from a query string (`?stage=live` or `stage=live`). */
export function parseFilters(search: string): TeamFilters {
  const params = new URLSearchParams(search);
  return {
    archetype: pick<Archetype>(params, 'archetype'),
    stage: pick<Stage>(params, 'stage'),
    cluster: pick<Cluster>(params, 'cluster'),
  };
}

/**
 * Writes the filters into a query string, keeping any other parameters of
 * `search`. Returns `?…`, or an empty string when nothing is left.
 */
export function filtersToSearch(filters: TeamFilters, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined) {
      params.delete(key);
    } else {
      params.set(key, value);
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function filterTeams<
  T extends Pick<Team, 'archetype' | 'stage' | 'clusters'>,
>(teams: readonly T[], filters: TeamFilters): T[] {
  return teams.filter(
    (team) =>
      (filters.archetype === undefined ||
        team.archetype === filters.archetype) &&
      (filters.stage === undefined || team.stage === filters.stage) &&
      (filters.cluster === undefined ||
        team.clusters.includes(filters.cluster)),
  );
}
