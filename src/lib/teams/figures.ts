/**
 * The adoption figures the /teams page and the home page show, computed from
 * validated teams data: teams per stage and archetype, and the adoption series
 * replayed from the dated stage changes.
 */
import {
  ARCHETYPES,
  STAGES,
  type Archetype,
  type Stage,
  type Team,
} from './model';

export type StageCounts = Record<Stage, number>;

function emptyCounts(): StageCounts {
  return Object.fromEntries(STAGES.map((stage) => [stage, 0])) as StageCounts;
}

/** How many teams are in each stage now. */
export function teamsPerStage(teams: readonly Team[]): StageCounts {
  const counts = emptyCounts();
  for (const team of teams) {
    counts[team.stage] += 1;
  }
  return counts;
}

/** How many teams of each archetype are in each stage now. */
export function teamsPerArchetypeAndStage(
  teams: readonly Team[],
): Record<Archetype, StageCounts> {
  const result = Object.fromEntries(
    ARCHETYPES.map((archetype) => [archetype, emptyCounts()]),
  ) as Record<Archetype, StageCounts>;
  for (const team of teams) {
    result[team.archetype][team.stage] += 1;
  }
  return result;
}

/** The stage a team was in at the end of `date` (YYYY-MM-DD). */
export function stageOn(team: Team, date: string): Stage {
  let stage: Stage = 'not started';
  for (const change of team.changes) {
    if (change.date > date) {
      break;
    }
    stage = change.stage;
  }
  return stage;
}

export interface AdoptionPoint {
  /** The month, YYYY-MM; counts are as of its last day. */
  readonly month: string;
  readonly counts: StageCounts;
}

function monthAfter(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12
    ? `${year + 1}-01`
    : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/**
 * Teams per stage at the end of every month, from the month of the first
 * recorded stage change to the month of the last one. Teams without changes
 * count as not started throughout. Empty when no team has a change.
 */
export function adoptionSeries(teams: readonly Team[]): AdoptionPoint[] {
  const dates = teams.flatMap((team) => team.changes.map((c) => c.date)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) {
    return [];
  }
  const series: AdoptionPoint[] = [];
  const lastMonth = last.slice(0, 7);
  for (
    let month = first.slice(0, 7);
    month <= lastMonth;
    month = monthAfter(month)
  ) {
    // "YYYY-MM-99" sorts after every real day of the month.
    const endOfMonth = `${month}-99`;
    const counts = emptyCounts();
    for (const team of teams) {
      counts[stageOn(team, endOfMonth)] += 1;
    }
    series.push({month, counts});
  }
  return series;
}

export interface HeadlineFigures {
  readonly teams: number;
  /** Teams that have started to use the platform (migrating or live). */
  readonly onPlatform: number;
  readonly live: number;
  readonly migrating: number;
  readonly notStarted: number;
  readonly platformEngineers: number;
}

export function headlineFigures(
  teams: readonly Team[],
  platformEngineers: number,
): HeadlineFigures {
  const counts = teamsPerStage(teams);
  return {
    teams: teams.length,
    onPlatform: counts.live + counts.migrating,
    live: counts.live,
    migrating: counts.migrating,
    notStarted: counts['not started'],
    platformEngineers,
  };
}
