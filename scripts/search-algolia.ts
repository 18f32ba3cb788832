/**
 * `npm run search:algolia`: pushes DocSearch records of the built site to
 * Algolia, for sites that use Algolia search (see contribute/search.md).
 * Algolia's hosted crawler cannot reach an internal site, so the records are
 * built here from the build output (src/lib/search/docsearch.ts).
 *
 * Run after `npm run build`, with:
 *   ALGOLIA_APP_ID, ALGOLIA_INDEX_NAME    the application and index the site searches
 *   ALGOLIA_ADMIN_API_KEY                 a key allowed to write that index (never the search key)
 *   SITE_URL, BASE_URL                    as for the build, if the site is not at src/data/site.ts's URL
 *
 * The settings DocSearch expects are applied to the index, then the records
 * replace the index's records atomically (`replaceAllObjects`: a temporary
 * index is filled and then moved over the live one). On an API error the
 * script stops with the error and a non-zero exit code, and the live index
 * keeps its records.
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {searchClient} from '@algolia/client-search';

import {site} from '../src/data/site';
import {
  buildPageRecords,
  DOCSEARCH_SETTINGS,
  type DocSearchRecord,
} from '../src/lib/search/docsearch';
import {htmlFileToUrlPath} from '../src/lib/search/paths';
import {listHtmlFiles} from '../src/plugins/search/indexSite';

type Host = NonNullable<
  NonNullable<Parameters<typeof searchClient>[2]>['hosts']
>[number];

export const BUILD_DIR = join(__dirname, '..', 'build');

export interface CollectedRecords {
  readonly records: DocSearchRecord[];
  /** Pages that gave at least one record. */
  readonly pages: number;
}

/** Records of every indexed page in a build; `siteBase` is the URL the build is published at. */
export async function collectRecords(
  buildDir: string,
  siteBase: URL,
): Promise<CollectedRecords> {
  const records: DocSearchRecord[] = [];
  let pages = 0;
  for (const file of await listHtmlFiles(buildDir)) {
    const html = await readFile(join(buildDir, file), 'utf8');
    const url = new URL(htmlFileToUrlPath(file).slice(1), siteBase);
    const pageRecords = buildPageRecords(html, {url: url.href});
    if (pageRecords.length > 0) {
      pages += 1;
      records.push(...pageRecords);
    }
  }
  return {records, pages};
}

export interface PushOptions {
  readonly buildDir: string;
  readonly siteBase: URL;
  readonly appId: string;
  readonly apiKey: string;
  readonly indexName: string;
  /** Other API hosts than Algolia's (the tests use a local server). */
  readonly hosts?: Host[];
  readonly log?: (line: string) => void;
}

export async function pushToAlgolia(options: PushOptions): Promise<number> {
  const log = options.log ?? (() => undefined);
  const {records, pages} = await collectRecords(
    options.buildDir,
    options.siteBase,
  );
  if (records.length === 0) {
    // replaceAllObjects with nothing would empty the live index.
    throw new Error(
      `No page in ${options.buildDir} has text marked for search: run "npm run build" first.`,
    );
  }
  log(
    `Built ${records.length} records from ${pages} pages in ${options.buildDir}.`,
  );
  const client = searchClient(options.appId, options.apiKey, {
    ...(options.hosts && {hosts: options.hosts}),
  });
  const {indexName} = options;

  log(`Applying the DocSearch index settings to ${indexName}…`);
  const settings = await client.setSettings({
    indexName,
    indexSettings: DOCSEARCH_SETTINGS,
  });
  await client.waitForTask({indexName, taskID: settings.taskID});

  log(
    `Uploading ${records.length} records to a temporary index and moving it over ${indexName}…`,
  );
  const replaced = await client.replaceAllObjects({
    indexName,
    objects: records.map((record) => ({...record})),
  });
  log(
    `Done: ${indexName} now holds ${records.length} records (${replaced.batchResponses.length} batches).`,
  );
  return records.length;
}

export interface MainOptions {
  readonly buildDir?: string;
  readonly hosts?: Host[];
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
}

/** The command: reads the environment, pushes, and returns the exit code. */
export async function main(
  env: Readonly<Record<string, string | undefined>>,
  options: MainOptions = {},
): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  const required = [
    'ALGOLIA_APP_ID',
    'ALGOLIA_ADMIN_API_KEY',
    'ALGOLIA_INDEX_NAME',
  ] as const;
  const missing = required.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    error(
      `search:algolia needs ${missing.join(', ')}. Set ALGOLIA_APP_ID and ALGOLIA_INDEX_NAME to the index the site searches, and ALGOLIA_ADMIN_API_KEY to a key that may write it.`,
    );
    return 2;
  }
  const siteBase = new URL(
    (env.BASE_URL ?? site.baseUrl).replace(/^\/?/, '/'),
    env.SITE_URL ?? site.url,
  );
  try {
    await pushToAlgolia({
      buildDir: options.buildDir ?? BUILD_DIR,
      siteBase,
      appId: env.ALGOLIA_APP_ID!.trim(),
      apiKey: env.ALGOLIA_ADMIN_API_KEY!.trim(),
      indexName: env.ALGOLIA_INDEX_NAME!.trim(),
      hosts: options.hosts,
      log,
    });
    return 0;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    error(
      `search:algolia failed: ${message}\nThe live index ${env.ALGOLIA_INDEX_NAME} keeps the records it had.`,
    );
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void main(process.env).then((code) => {
    process.exitCode = code;
  });
}
