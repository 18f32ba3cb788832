import {describe, expect, it} from 'vitest';

import {filterTeams, filtersToSearch, parseFilters} from './filters';
import type {Team} from './model';

const base: Omit<Team, 'id' | 'name' | 'archetype' | 'stage' | 'clusters'> = {
  contact: '#team',
  services: [],
  customFeatures: [],
  changes: [],
};

const teams: Team[] = [
  {
    ...base,
    id: 'a',
    name: 'A',
    archetype: '01',
    stage: 'live',
    clusters: ['on-prem'],
  },
  {
    ...base,
    id: 'b',
    name: 'B',
    archetype: 'NaN',
    stage: 'live',
    clusters: ['on-prem', 'cloud'],
  },
  {
    ...base,
    id: 'c',
    name: 'C',
    archetype: 'NaN',
    stage: 'migrating',
    clusters: ['cloud'],
  },
  {
    ...base,
    id: 'd',
    name: 'D',
    archetype: '02',
    stage: 'not started',
    clusters: [],
  },
];

const ids = (list: readonly Team[]) => list.map((team) => team.id);

describe('parseFilters', () => {
  it('reads each filter from the query', () => {
    expect(
      parseFilters('?archetype=NaN&stage=taskforce+engaged&cluster=on-prem'),
    ).toEqual({
      archetype: 'NaN',
      stage: 'taskforce engaged',
      cluster: 'on-prem',
    });
  });

  it('ignores unknown values and parameters', () => {
    expect(parseFilters('?archetype=03&stage=done&cluster=edge&q=x')).toEqual({
      archetype: undefined,
      stage: undefined,
      cluster: undefined,
    });
  });
});

describe('filtersToSearch', () => {
  it('round-trips through parseFilters', () => {
    const filters = {
      archetype: '01',
      stage: 'not started',
      cluster: 'cloud',
    } as const;
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters);
  });

  it('removes cleared filters and keeps other parameters', () => {
    expect(filtersToSearch({stage: 'live'}, '?archetype=02&utm=mail')).toBe(
      '?utm=mail&stage=live',
    );
  });

  it('is empty when no filter is set', () => {
    expect(filtersToSearch({}, '?stage=live')).toBe('');
  });
});

describe('filterTeams', () => {
  it('keeps every team without filters', () => {
    expect(ids(filterTeams(teams, {}))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('combines filters with AND', () => {
    expect(ids(filterTeams(teams, {archetype: 'NaN'}))).toEqual(['b', 'c']);
    expect(ids(filterTeams(teams, {archetype: 'NaN', stage: 'live'}))).toEqual([
      'b',
    ]);
  });

  it('matches a cluster a team uses among others', () => {
    expect(ids(filterTeams(teams, {cluster: 'cloud'}))).toEqual(['b', 'c']);
    expect(
      ids(filterTeams(teams, {cluster: 'on-prem', stage: 'migrating'})),
    ).toEqual([]);
  });
});
