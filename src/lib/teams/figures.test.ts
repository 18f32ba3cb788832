import {describe, expect, it} from 'vitest';

import {
  adoptionSeries,
  headlineFigures,
  stageOn,
  teamsPerArchetypeAndStage,
  teamsPerStage,
} from './figures';
import type {Archetype, Stage, StageChange, Team} from './model';

function team(
  id: string,
  archetype: Archetype,
  changes: StageChange[] = [],
): Team {
  return {
    id,
    name: id,
    contact: `#${id}`,
    archetype,
    stage: changes.at(-1)?.stage ?? 'not started',
    services: [],
    clusters: [],
    customFeatures: [],
    changes,
  };
}

const change = (date: string, stage: Stage): StageChange => ({date, stage});

// A small platform: one team went live, one stepped back, one never started.
const teams = [
  team('tracking', 'NaN', [
    change('2025-11-20', 'workshop done'),
    change('2025-12-31', 'migrating'),
    change('2026-02-01', 'live'),
  ]),
  team('warehouse', '01', [
    change('2025-12-01', 'workshop done'),
    change('2026-01-05', 'taskforce engaged'),
    change('2026-01-20', 'migrating'),
    change('2026-02-10', 'taskforce engaged'),
  ]),
  team('archive', '02', [change('2026-02-28', 'workshop done')]),
  team('intranet', 'NaN'),
];

describe('teamsPerStage', () => {
  it('counts every team once, in its current stage', () => {
    expect(teamsPerStage(teams)).toEqual({
      'not started': 1,
      'workshop done': 1,
      'taskforce engaged': 1,
      migrating: 0,
      live: 1,
    });
  });
});

describe('teamsPerArchetypeAndStage', () => {
  it('splits the stage counts by archetype', () => {
    const counts = teamsPerArchetypeAndStage(teams);
    expect(counts.NaN).toMatchObject({live: 1, 'not started': 1});
    expect(counts['01']).toMatchObject({'taskforce engaged': 1});
    expect(counts['02']).toMatchObject({'workshop done': 1});
    const total = Object.values(counts)
      .flatMap((stages) => Object.values(stages))
      .reduce((sum, count) => sum + count, 0);
    expect(total).toBe(teams.length);
  });
});

describe('stageOn', () => {
  const tracking = teams[0]!;
  it('is "not started" before the first change', () => {
    expect(stageOn(tracking, '2025-11-19')).toBe('not started');
  });
  it('counts a change from its own day on', () => {
    expect(stageOn(tracking, '2025-12-31')).toBe('migrating');
    expect(stageOn(tracking, '2025-12-30')).toBe('workshop done');
  });
});

describe('adoptionSeries', () => {
  const series = adoptionSeries(teams);

  it('has one point per month from the first to the last change', () => {
    expect(series.map((point) => point.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('counts every team in every month', () => {
    for (const point of series) {
      const total = Object.values(point.counts).reduce((a, b) => a + b, 0);
      expect(total, point.month).toBe(teams.length);
    }
  });

  it('takes the stage at the end of each month, steps back included', () => {
    const [november, december, january, february] = series;
    expect(november!.counts).toMatchObject({
      'workshop done': 1,
      'not started': 3,
    });
    // The change on 31 December counts in December.
    expect(december!.counts).toMatchObject({
      migrating: 1,
      'workshop done': 1,
      'not started': 2,
    });
    expect(january!.counts).toMatchObject({migrating: 2, 'not started': 2});
    // The step back from migrating to taskforce engaged in February.
    expect(february!.counts).toEqual({
      'not started': 1,
      'workshop done': 1,
      'taskforce engaged': 1,
      migrating: 0,
      live: 1,
    });
  });

  it('ends with the current stage counts', () => {
    expect(series.at(-1)!.counts).toEqual(teamsPerStage(teams));
  });

  it('crosses year boundaries month by month', () => {
    const long = adoptionSeries([
      team('a', '01', [
        change('2024-11-03', 'workshop done'),
        change('2025-02-14', 'live'),
      ]),
    ]);
    expect(long.map((point) => point.month)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('is empty when no team has started', () => {
    expect(adoptionSeries([team('intranet', 'NaN')])).toEqual([]);
  });
});

describe('headlineFigures', () => {
  it('adds up the stages and counts the engineers', () => {
    expect(headlineFigures(teams, 14)).toEqual({
      teams: 4,
      onPlatform: 1,
      live: 1,
      migrating: 0,
      notStarted: 1,
      platformEngineers: 14,
    });
  });
});
