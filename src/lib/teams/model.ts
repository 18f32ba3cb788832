/**
 * The vocabulary of the teams data: the migration archetypes, the stages of
 * a team's way onto the platform, and the kinds of cluster. Plain constants
 * and types with no dependencies, so browser code can import them without
 * pulling in the schema.
 */

/** The numbering is the platform team's own joke (see DESIGN.md); keep it. */
export const ARCHETYPES = ['01', 'NaN', '02'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const ARCHETYPE_NAMES: Readonly<Record<Archetype, string>> = {
  '01': 'Lift',
  NaN: 'Lift & Shift',
  '02': 'Custom features',
};

/** Stages in the order a team goes through them. */
export const STAGES = [
  'not started',
  'workshop done',
  'taskforce engaged',
  'migrating',
  'live',
] as const;
export type Stage = (typeof STAGES)[number];

export const CLUSTERS = ['on-prem', 'cloud'] as const;
export type Cluster = (typeof CLUSTERS)[number];

export interface StageChange {
  /** ISO date (YYYY-MM-DD) on which the team reached the stage. */
  readonly date: string;
  readonly stage: Stage;
}

export interface Team {
  /** Stable slug, used in URLs and by custom features. */
  readonly id: string;
  readonly name: string;
  /** A GitHub handle (`@user`, `@org/team`) or a chat channel (`#channel`). */
  readonly contact: string;
  readonly archetype: Archetype;
  readonly stage: Stage;
  /** Services the team runs on the platform. */
  readonly services: readonly string[];
  readonly clusters: readonly Cluster[];
  /** Keys of the custom features (platform technical debt) it depends on. */
  readonly customFeatures: readonly string[];
  /** Dated stage changes, oldest first; the last one is the current stage. */
  readonly changes: readonly StageChange[];
}

/** A custom adaptation of the platform: technical debt with an owner. */
export interface CustomFeature {
  readonly name: string;
  /** What was adapted, and why the golden path did not fit. */
  readonly adaptation: string;
  /**
   * Id of the team that owns it: one of the teams that depend on it, never the
   * platform engineer who built it (docs/migration/custom-features.md).
   */
  readonly owner: string;
  /** Key of the platform engineer in blog/authors.yml who is its contact in the platform team. */
  readonly platformContact: string;
  /** ISO date on which the debt was taken on. */
  readonly recorded: string;
  /** How the debt is paid back. */
  readonly exit: string;
}

export interface TeamsData {
  readonly customFeatures: Readonly<Record<string, CustomFeature>>;
  readonly teams: readonly Team[];
}
