/**
 * Validation of src/data/teams.yaml. Every problem is reported at once, each
 * naming the team (or custom feature), the field, and how to fix it, so a
 * contributor can repair the file from the build output alone.
 */
import {parse as parseYaml} from 'yaml';
import * as z from 'zod';

import {
  ARCHETYPES,
  CLUSTERS,
  STAGES,
  type Stage,
  type TeamsData,
} from './model';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `@user`, `@org/team` (GitHub) or `#channel` (chat).
const CONTACT =
  /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?|#[a-z0-9][a-z0-9_-]*)$/;

const quoted = (values: readonly string[]): string =>
  values.map((value) => `"${value}"`).join(', ');

const isoDate = z.iso.date({
  error: (issue) =>
    `must be a date written YYYY-MM-DD (got ${JSON.stringify(issue.input)})`,
});

const stage = z.enum(STAGES, {
  error: (issue) =>
    `must be one of ${quoted(STAGES)} (got ${JSON.stringify(issue.input)})`,
});

const archetype = z.enum(ARCHETYPES, {
  error: (issue) =>
    typeof issue.input === 'number'
      ? // YAML reads an unquoted 01 or 02 as a number.
        `must be one of ${quoted(ARCHETYPES)}, and quoted: YAML reads the unquoted ${String(issue.input).padStart(2, '0')} as the number ${String(issue.input)}, so write archetype: "${String(issue.input).padStart(2, '0')}"`
      : `must be one of ${quoted(ARCHETYPES)} (got ${JSON.stringify(issue.input)})`,
});

const cluster = z.enum(CLUSTERS, {
  error: (issue) =>
    `must be one of ${quoted(CLUSTERS)} (got ${JSON.stringify(issue.input)})`,
});

const text = z
  .string({error: 'must be text'})
  .trim()
  .min(1, {error: 'must not be empty'});

const stageChange = z.strictObject({date: isoDate, stage});

const team = z.strictObject({
  id: z.string({error: 'must be text'}).regex(SLUG, {
    error:
      'must be a slug of lower-case letters, digits and dashes (e.g. "route-planning")',
  }),
  name: text,
  contact: z.string({error: 'must be text'}).regex(CONTACT, {
    error:
      'must be a GitHub handle ("@user" or "@org/team") or a chat channel ("#team-channel"); quote it in YAML, where @ and # are special',
  }),
  archetype,
  stage,
  services: z.array(text).default([]),
  clusters: z.array(cluster).default([]),
  customFeatures: z.array(z.string({error: 'must be text'})).default([]),
  changes: z.array(stageChange).default([]),
});

function customFeatureSchema(engineers: ReadonlySet<string>) {
  return z.strictObject({
    name: text,
    adaptation: text,
    // The team that needs it owns it (docs/migration/custom-features.md);
    // checked against the teams below in the file's superRefine.
    owner: z.string({error: 'must be text'}).regex(SLUG, {
      error:
        'must be the id of the team that owns it, one of the teams that depend on it (e.g. "billing")',
    }),
    platformContact: z
      .string({error: 'must be text'})
      .refine((key) => engineers.has(key), {
        error: (issue) =>
          `must be the key of a platform engineer in blog/authors.yml (got ${JSON.stringify(issue.input)}; known: ${[...engineers].join(', ')})`,
      }),
    recorded: isoDate,
    exit: text,
  });
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => seen.has(value) || !seen.add(value));
}

/** The schema of the whole file; platform contacts are checked against `engineers`. */
export function teamsFileSchema(engineers: ReadonlySet<string>) {
  return z
    .strictObject({
      customFeatures: z
        .record(
          z.string().regex(SLUG, {
            error: 'custom feature keys must be slugs (e.g. "oracle-wallet")',
          }),
          customFeatureSchema(engineers),
        )
        .default({}),
      teams: z.array(team).min(1, {error: 'must list at least one team'}),
    })
    .superRefine((data, ctx) => {
      const ids = new Map<string, number>();
      data.teams.forEach((entry, index) => {
        const first = ids.get(entry.id);
        if (first === undefined) {
          ids.set(entry.id, index);
          return;
        }
        ctx.addIssue({
          code: 'custom',
          path: ['teams', index, 'id'],
          message: `"${entry.id}" is already the id of teams[${first}]; give each team its own id`,
        });
      });
      const used = new Set<string>();
      data.teams.forEach((entry, index) => {
        checkTeam(entry, index, data.customFeatures, used, ctx);
      });
      for (const [key, feature] of Object.entries(data.customFeatures)) {
        if (!used.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['customFeatures', key],
            message:
              'no team depends on it: if the debt is paid, delete the entry; otherwise add its key to the customFeatures of the teams that use it',
          });
          continue;
        }
        const dependants = data.teams
          .filter((entry) => entry.customFeatures.includes(key))
          .map((entry) => entry.id);
        if (!dependants.includes(feature.owner)) {
          ctx.addIssue({
            code: 'custom',
            path: ['customFeatures', key, 'owner'],
            message: `"${feature.owner}" does not depend on it: the owner is one of the teams that need it (${dependants.join(', ')}); the platform engineer goes under platformContact`,
          });
        }
      }
    });
}

function checkTeam(
  entry: z.infer<typeof team>,
  index: number,
  features: Readonly<Record<string, unknown>>,
  used: Set<string>,
  ctx: z.RefinementCtx,
): void {
  entry.customFeatures.forEach((key, position) => {
    if (key in features) {
      used.add(key);
    } else {
      ctx.addIssue({
        code: 'custom',
        path: ['teams', index, 'customFeatures', position],
        message: `"${key}" is not a custom feature: add it under customFeatures at the top of the file, or fix the key (known: ${Object.keys(features).join(', ') || 'none'})`,
      });
    }
  });
  for (const [field, values] of [
    ['services', entry.services],
    ['clusters', entry.clusters],
    ['customFeatures', entry.customFeatures],
  ] as const) {
    for (const value of duplicates(values)) {
      ctx.addIssue({
        code: 'custom',
        path: ['teams', index, field],
        message: `lists "${value}" twice`,
      });
    }
  }
  entry.changes.forEach((change, position) => {
    const previous = entry.changes[position - 1];
    if (previous && change.date < previous.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['teams', index, 'changes', position, 'date'],
        message: `${change.date} is before the change above it (${previous.date}); list stage changes oldest first`,
      });
    }
  });
  const current: Stage = entry.changes.at(-1)?.stage ?? 'not started';
  if (current !== entry.stage) {
    ctx.addIssue({
      code: 'custom',
      path: ['teams', index, 'stage'],
      message:
        entry.changes.length === 0
          ? `is "${entry.stage}" but the team has no stage changes: add one under changes, e.g. {date: 2026-01-15, stage: ${entry.stage}}`
          : `is "${entry.stage}" but the last stage change says "${current}": when a team moves on, add a dated change under changes and update stage to match`,
    });
  }
}

/** "team "route-planning" (teams[3]), field "archetype"" and the like. */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  const [section, key, ...rest] = path;
  const field = rest
    .map((part) =>
      typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
    )
    .join('')
    .replace(/^\./, '');
  const fieldText = field ? `, field "${field}"` : '';
  if (section === 'teams' && typeof key === 'number') {
    const teams = (raw as {teams?: unknown[]} | undefined)?.teams;
    const id = (teams?.[key] as {id?: unknown} | undefined)?.id;
    const name = typeof id === 'string' ? `team "${id}"` : 'team';
    return `${name} (teams[${key}])${fieldText}`;
  }
  if (section === 'customFeatures' && key !== undefined) {
    return `custom feature "${String(key)}"${fieldText}`;
  }
  return path.length > 0 ? `field "${path.map(String).join('.')}"` : 'the file';
}

export class TeamsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super(
      `${file} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems
        .map((problem) => `  - ${problem}`)
        .join('\n')}`,
      options,
    );
    this.name = 'TeamsFileError';
  }
}

/**
 * Parses and validates the text of teams.yaml. `file` names the file in error
 * messages; `engineers` are the keys of blog/authors.yml.
 */
export function parseTeamsFile(
  source: string,
  file: string,
  engineers: ReadonlySet<string>,
): TeamsData {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (cause) {
    throw new TeamsFileError(
      file,
      [`is not valid YAML: ${(cause as Error).message}`],
      {cause},
    );
  }
  const result = teamsFileSchema(engineers).safeParse(raw);
  if (!result.success) {
    throw new TeamsFileError(
      file,
      result.error.issues.map(
        (issue) => `${describePath(issue.path, raw)}: ${issue.message}`,
      ),
      {cause: result.error},
    );
  }
  return result.data;
}
