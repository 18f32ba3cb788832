/** Reads and validates the teams data and the list of platform engineers. */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';

import {parseEngineers} from '../../lib/teams/engineers';
import {teamsPageData, type TeamsPageData} from '../../lib/teams/page';
import {parseTeamsFile} from '../../lib/teams/schema';

export const TEAMS_FILE = 'src/data/teams.yaml';
export const AUTHORS_FILE = 'blog/authors.yml';

async function read(siteDir: string, file: string): Promise<string> {
  try {
    return await readFile(join(siteDir, file), 'utf8');
  } catch (cause) {
    throw new Error(`Cannot read ${file}: ${(cause as Error).message}`, {
      cause,
    });
  }
}

export async function loadTeams(siteDir: string): Promise<TeamsPageData> {
  const engineers = parseEngineers(
    await read(siteDir, AUTHORS_FILE),
    AUTHORS_FILE,
  );
  const data = parseTeamsFile(
    await read(siteDir, TEAMS_FILE),
    TEAMS_FILE,
    new Set(engineers.map((engineer) => engineer.key)),
  );
  return teamsPageData(data, engineers);
}
