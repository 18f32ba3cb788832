/**
 * Everything the /teams page and the home page's figures strip show,
 * assembled at build time from validated data so the browser only renders.
 */
import type {Engineer} from './engineers';
import {
  adoptionSeries,
  headlineFigures,
  teamsPerArchetypeAndStage,
  teamsPerStage,
  type AdoptionPoint,
  type HeadlineFigures,
  type StageCounts,
} from './figures';
import type {Archetype, Team, TeamsData} from './model';

export interface DebtItem {
  readonly id: string;
  readonly name: string;
  readonly adaptation: string;
  readonly exit: string;
  readonly recorded: string;
  /** The team that owns it. */
  readonly owner: {readonly id: string; readonly name: string};
  /** Its contact in the platform team. */
  readonly platformContact: Engineer;
  /** The teams that depend on it, by name. */
  readonly teams: readonly {readonly id: string; readonly name: string}[];
}

/** A row of the teams table: a team without its history, plus since when it is in its stage. */
export type TeamRow = Omit<Team, 'changes'> & {
  /** Date of the last stage change (YYYY-MM-DD); absent for teams not started. */
  readonly since?: string;
};

export interface TeamsPageData {
  readonly teams: readonly TeamRow[];
  readonly debt: readonly DebtItem[];
  readonly figures: HeadlineFigures;
  readonly byStage: StageCounts;
  readonly byArchetypeAndStage: Record<Archetype, StageCounts>;
  readonly adoption: readonly AdoptionPoint[];
}

/** What the home page needs: the headline figures only. */
export interface CommunitySummary {
  readonly figures: HeadlineFigures;
}

export function teamsPageData(
  data: TeamsData,
  engineers: readonly Engineer[],
): TeamsPageData {
  const byKey = new Map(engineers.map((engineer) => [engineer.key, engineer]));
  const teams = [...data.teams].sort((a, b) => a.name.localeCompare(b.name));
  const debt = Object.entries(data.customFeatures)
    .map(([id, feature]): DebtItem => {
      const platformContact = byKey.get(feature.platformContact);
      if (!platformContact) {
        // The schema checks contacts; this guards a caller that skipped it.
        throw new Error(
          `custom feature "${id}": platformContact "${feature.platformContact}" is not in blog/authors.yml`,
        );
      }
      const owner = teams.find((team) => team.id === feature.owner);
      if (!owner) {
        throw new Error(
          `custom feature "${id}": owner "${feature.owner}" is not a team`,
        );
      }
      return {
        id,
        name: feature.name,
        adaptation: feature.adaptation,
        exit: feature.exit,
        recorded: feature.recorded,
        owner: {id: owner.id, name: owner.name},
        platformContact,
        teams: teams
          .filter((team) => team.customFeatures.includes(id))
          .map((team) => ({id: team.id, name: team.name})),
      };
    })
    .sort(
      (a, b) => b.teams.length - a.teams.length || a.name.localeCompare(b.name),
    );
  return {
    teams: teams.map(({changes, ...row}): TeamRow => {
      const since = changes.at(-1)?.date;
      return since ? {...row, since} : row;
    }),
    debt,
    figures: headlineFigures(teams, engineers.length),
    byStage: teamsPerStage(teams),
    byArchetypeAndStage: teamsPerArchetypeAndStage(teams),
    adoption: adoptionSeries(teams),
  };
}
