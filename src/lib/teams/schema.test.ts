import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';

import {parseEngineers} from './engineers';
import {STAGES} from './model';
import {parseTeamsFile, TeamsFileError} from './schema';

const SITE_DIR = join(__dirname, '..', '..', '..');
const FILE = 'src/data/teams.yaml';
const engineers = new Set(['mateo', 'priya']);

/** A valid file; each test breaks one thing in a copy of it. */
function validFile() {
  return {
    customFeatures: {
      'oracle-wallet-sync': {
        name: 'Oracle wallet sync',
        adaptation: 'A sidecar that writes the wallet into the pod.',
        owner: 'billing',
        platformContact: 'mateo',
        recorded: '2025-06-16',
        exit: 'Retire after the move to PostgreSQL.',
      },
    },
    teams: [
      {
        id: 'billing',
        name: 'Billing',
        contact: '@northwind-logistics/billing',
        archetype: '02',
        stage: 'migrating',
        services: ['invoice-service'],
        clusters: ['on-prem'],
        customFeatures: ['oracle-wallet-sync'],
        changes: [
          {date: '2025-04-02', stage: 'workshop done'},
          {date: '2025-07-14', stage: 'migrating'},
        ],
      },
      {
        id: 'intranet',
        name: 'Intranet',
        contact: '#team-intranet',
        archetype: 'NaN',
        stage: 'not started',
      },
    ],
  };
}

type File = ReturnType<typeof validFile>;

function problemsOf(change: (file: File) => void, source?: string): string[] {
  const file = validFile();
  change(file);
  try {
    parseTeamsFile(source ?? stringify(file), FILE, engineers);
  } catch (error) {
    expect(error).toBeInstanceOf(TeamsFileError);
    expect((error as Error).message).toContain(FILE);
    return [...(error as TeamsFileError).problems];
  }
  throw new Error('expected the file to be refused');
}

describe('parseTeamsFile', () => {
  it('accepts the real teams.yaml with the engineers of authors.yml', () => {
    const authors = parseEngineers(
      readFileSync(join(SITE_DIR, 'blog', 'authors.yml'), 'utf8'),
      'blog/authors.yml',
    );
    const data = parseTeamsFile(
      readFileSync(join(SITE_DIR, FILE), 'utf8'),
      FILE,
      new Set(authors.map((author) => author.key)),
    );
    expect(data.teams.length).toBeGreaterThanOrEqual(40);
    for (const team of data.teams) {
      expect(team.stage).toBe(team.changes.at(-1)?.stage ?? 'not started');
    }
  });

  it('fills in empty lists for optional fields', () => {
    const data = parseTeamsFile(stringify(validFile()), FILE, engineers);
    expect(data.teams[1]).toMatchObject({
      services: [],
      clusters: [],
      customFeatures: [],
      changes: [],
    });
  });

  it('explains an unquoted archetype, naming the team and the field', () => {
    const source = stringify(validFile()).replace(
      'archetype: "02"',
      'archetype: 02',
    );
    expect(source).toContain('archetype: 02');
    const [problem, ...rest] = problemsOf(() => {}, source);
    expect(rest).toEqual([]);
    expect(problem).toContain('team "billing" (teams[0]), field "archetype"');
    expect(problem).toContain('archetype: "02"');
  });

  it('refuses an unknown stage and lists the stages', () => {
    const [problem] = problemsOf((file) => {
      file.teams[0]!.stage = 'done';
    });
    expect(problem).toContain('team "billing" (teams[0]), field "stage"');
    for (const stage of STAGES) {
      expect(problem).toContain(`"${stage}"`);
    }
  });

  it('refuses a platform contact who is not in authors.yml', () => {
    const [problem] = problemsOf((file) => {
      file.customFeatures['oracle-wallet-sync'].platformContact = 'nobody';
    });
    expect(problem).toContain(
      'custom feature "oracle-wallet-sync", field "platformContact"',
    );
    expect(problem).toContain('"nobody"');
    expect(problem).toContain('blog/authors.yml');
  });

  it('refuses an owner that is not a team depending on the feature', () => {
    const problems = problemsOf((file) => {
      file.customFeatures['oracle-wallet-sync'].owner = 'mateo';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'custom feature "oracle-wallet-sync", field "owner"',
    );
    expect(problems[0]).toContain('"mateo" does not depend on it');
    expect(problems[0]).toContain('platformContact');
  });

  it('refuses a custom feature that does not exist', () => {
    const problems = problemsOf((file) => {
      file.teams[0]!.customFeatures = ['oracle-wallet-sync', 'gpu-pool'];
    });
    expect(problems).toEqual([
      expect.stringContaining(
        'team "billing" (teams[0]), field "customFeatures[1]": "gpu-pool" is not a custom feature',
      ),
    ]);
  });

  it('refuses a custom feature no team depends on', () => {
    const [problem] = problemsOf((file) => {
      file.teams[0]!.customFeatures = [];
    });
    expect(problem).toContain('custom feature "oracle-wallet-sync"');
    expect(problem).toContain('no team depends on it');
  });

  it('refuses a stage that disagrees with the last stage change', () => {
    const [problem] = problemsOf((file) => {
      file.teams[0]!.stage = 'live';
    });
    expect(problem).toContain('team "billing" (teams[0]), field "stage"');
    expect(problem).toContain('the last stage change says "migrating"');
  });

  it('refuses a started team without stage changes', () => {
    const [problem] = problemsOf((file) => {
      file.teams[1]!.stage = 'workshop done';
    });
    expect(problem).toContain('team "intranet" (teams[1]), field "stage"');
    expect(problem).toContain('no stage changes');
  });

  it('refuses stage changes out of order', () => {
    const [problem] = problemsOf((file) => {
      file.teams[0]!.changes![1]!.date = '2025-03-01';
    });
    expect(problem).toContain(
      'team "billing" (teams[0]), field "changes[1].date"',
    );
    expect(problem).toContain('oldest first');
  });

  it('refuses impossible dates', () => {
    const [problem] = problemsOf((file) => {
      file.teams[0]!.changes![0]!.date = '2025-02-30';
    });
    expect(problem).toContain('field "changes[0].date"');
    expect(problem).toContain('YYYY-MM-DD');
  });

  it('refuses a duplicate team id, naming both entries', () => {
    const [problem] = problemsOf((file) => {
      file.teams[1]!.id = 'billing';
    });
    expect(problem).toContain('team "billing" (teams[1]), field "id"');
    expect(problem).toContain('teams[0]');
  });

  it('refuses a contact that is neither a GitHub handle nor a channel', () => {
    const [problem] = problemsOf((file) => {
      file.teams[1]!.contact = 'intranet team';
    });
    expect(problem).toContain('team "intranet" (teams[1]), field "contact"');
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const [problem] = problemsOf((file) => {
      (file.teams[1] as Record<string, unknown>).cluster = ['cloud'];
    });
    expect(problem).toContain('team "intranet" (teams[1])');
    expect(problem).toContain('cluster');
  });

  it('reports every problem of the file at once', () => {
    const problems = problemsOf((file) => {
      file.teams[0]!.clusters = ['edge'];
      file.teams[1]!.archetype = '03';
    });
    expect(problems).toHaveLength(2);
  });

  it('refuses a file that is not YAML', () => {
    expect(() => parseTeamsFile('teams: [', FILE, engineers)).toThrow(
      /src\/data\/teams\.yaml is not valid.*not valid YAML/s,
    );
  });
});
