/**
 * Pure helpers that turn the repository settings into GitHub URLs. They work
 * for github.com and for GitHub Enterprise Server hosts alike, and are shared
 * by the Docusaurus config (build time) and by pages (in the browser).
 */
import type {GitHubRepository} from '../data/site';

/** `https://<host>/<owner>/<repo>` with every segment escaped. */
export function repositoryUrl(repository: GitHubRepository): URL {
  const url = new URL(`https://${repository.host}`);
  url.pathname = [repository.owner, repository.repo]
    .map(encodeURIComponent)
    .join('/');
  return url;
}

/** A path inside the repository, e.g. `['edit', 'main']` → `…/owner/repo/edit/main`. */
export function repositoryPath(
  repository: GitHubRepository,
  segments: readonly string[],
): URL {
  const url = repositoryUrl(repository);
  url.pathname = [url.pathname, ...segments.map(encodeURIComponent)].join('/');
  return url;
}

/**
 * Base URL Docusaurus prefixes to a source file's path for "Edit this page".
 * It ends with a slash, because Docusaurus appends `docs/intro.md` to it.
 */
export function editUrlBase(repository: GitHubRepository): string {
  return `${repositoryPath(repository, ['edit', repository.branch]).href}/`;
}

/** `https://<host>/<owner>/<repo>/issues/new?...` built from named parameters. */
export function newIssueUrl(
  repository: GitHubRepository,
  params: Readonly<Record<string, string | undefined>> = {},
): URL {
  const url = repositoryPath(repository, ['issues', 'new']);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      url.searchParams.set(key, value);
    }
  }
  return url;
}

/** Open issues that carry a label, e.g. every pending rent-an-engineer request. */
export function issuesWithLabelUrl(
  repository: GitHubRepository,
  label: string,
): URL {
  const url = repositoryPath(repository, ['issues']);
  url.searchParams.set('q', `is:issue is:open label:"${label}"`);
  return url;
}

/**
 * The page of a GitHub handle on the configured host: `@user` → the user's
 * profile, `@org/team` → the team's page. Undefined for anything else (a
 * chat channel such as `#team-returns`). Enterprise Managed Users have an
 * underscore suffix (`jonas_acme`), so underscores are allowed.
 */
export function handleUrl(
  repository: Pick<GitHubRepository, 'host'>,
  handle: string,
): URL | undefined {
  const match = /^@([A-Za-z0-9][A-Za-z0-9_-]*)(?:\/([A-Za-z0-9_.-]+))?$/.exec(
    handle,
  );
  if (!match) {
    return undefined;
  }
  const [, owner, team] = match as unknown as [string, string, string?];
  const url = new URL(`https://${repository.host}`);
  url.pathname = (team ? ['orgs', owner, 'teams', team] : [owner])
    .map(encodeURIComponent)
    .join('/');
  return url;
}

/** A person's profile page, `https://<host>/<handle>`. */
export function profileUrl(
  repository: Pick<GitHubRepository, 'host'>,
  handle: string,
): URL {
  const url = handleUrl(repository, `@${handle.replace(/^@/, '')}`);
  if (!url) {
    throw new Error(`"${handle}" is not a GitHub handle.`);
  }
  return url;
}

/** A file on the default branch, as GitHub shows it: `…/blob/<branch>/<path>`. */
export function blobUrl(repository: GitHubRepository, path: string): URL {
  return repositoryPath(repository, [
    'blob',
    repository.branch,
    ...path.split('/'),
  ]);
}
