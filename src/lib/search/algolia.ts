/**
 * Reads the Algolia settings from the environment. All three set: the site
 * uses Algolia DocSearch; none set: the embedded Pagefind search. Some but not
 * all set is a mistake that would silently fall back, so it fails the build.
 */

export interface AlgoliaSettings {
  readonly appId: string;
  readonly apiKey: string;
  readonly indexName: string;
}

export const ALGOLIA_VARIABLES = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_SEARCH_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

export function algoliaFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): AlgoliaSettings | undefined {
  const values = ALGOLIA_VARIABLES.map((name) => env[name]?.trim() ?? '');
  const missing = ALGOLIA_VARIABLES.filter((_, i) => values[i] === '');
  if (missing.length === ALGOLIA_VARIABLES.length) {
    return undefined;
  }
  if (missing.length > 0) {
    throw new Error(
      `Algolia search needs ${ALGOLIA_VARIABLES.join(', ')}; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Set all three to use Algolia, or none to use the embedded search.`,
    );
  }
  const [appId, apiKey, indexName] = values as [string, string, string];
  return {appId, apiKey, indexName};
}
