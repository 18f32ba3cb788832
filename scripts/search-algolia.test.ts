/**
 * `npm run search:algolia` against a local stand-in for the Algolia API: a
 * small HTTP server on 127.0.0.1 that records every request and answers the
 * calls the push makes as Algolia does. The tests assert what arrives.
 */
import {createServer, type Server} from 'node:http';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {
  DOCSEARCH_SETTINGS,
  type DocSearchRecord,
} from '../src/lib/search/docsearch';
import {main} from './search-algolia';

const FIXTURES = join(__dirname, '..', 'src', 'lib', 'search', 'fixtures');

interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

interface FakeAlgolia {
  readonly requests: Recorded[];
  readonly port: number;
  close(): Promise<void>;
}

/** Answers like the Algolia REST API; `fail` picks requests to refuse with 403. */
async function fakeAlgolia(
  fail: (request: Recorded) => boolean = () => false,
): Promise<FakeAlgolia> {
  const requests: Recorded[] = [];
  let taskID = 100;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: Recorded = {
        method: req.method ?? '',
        path: decodeURIComponent(url.pathname),
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(request);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, {'content-type': 'application/json'});
        res.end(JSON.stringify(body));
      };
      if (fail(request)) {
        send(403, {
          message: 'Method not allowed with this API key',
          status: 403,
        });
        return;
      }
      const now = new Date().toISOString();
      const {method, path} = request;
      if (method === 'GET' && /^\/1\/indexes\/[^/]+\/task\/\d+$/.test(path)) {
        send(200, {status: 'published', pendingTask: false});
      } else if (
        method === 'PUT' &&
        /^\/1\/indexes\/[^/]+\/settings$/.test(path)
      ) {
        send(200, {taskID: taskID++, updatedAt: now});
      } else if (
        method === 'POST' &&
        /^\/1\/indexes\/[^/]+\/operation$/.test(path)
      ) {
        send(200, {taskID: taskID++, updatedAt: now});
      } else if (
        method === 'POST' &&
        /^\/1\/indexes\/[^/]+\/batch$/.test(path)
      ) {
        const {requests: actions} = request.body as {
          requests: {body: {objectID: string}}[];
        };
        send(200, {
          taskID: taskID++,
          objectIDs: actions.map((action) => action.body.objectID),
        });
      } else if (method === 'DELETE' && /^\/1\/indexes\/[^/]+$/.test(path)) {
        send(200, {taskID: taskID++, deletedAt: now});
      } else {
        send(404, {message: `No route for ${method} ${path}`, status: 404});
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    requests,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A build folder with two indexed pages (copies of real build output) and one page that is not. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baseplate-algolia-'));
  const files = {
    'kb/gitops/sync-stuck-out-of-sync.html': readFileSync(
      join(FIXTURES, 'kb-answer.html'),
      'utf8',
    ),
    'blog/welcome-to-baseplate.html': readFileSync(
      join(FIXTURES, 'blog-post.html'),
      'utf8',
    ),
    'support.html':
      '<!doctype html><html lang="en"><body><main><h1>Support</h1></main></body></html>',
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

const ENV = {
  ALGOLIA_APP_ID: 'TESTAPP',
  ALGOLIA_ADMIN_API_KEY: 'admin-key-for-tests',
  ALGOLIA_INDEX_NAME: 'baseplate',
  SITE_URL: 'https://docs.northwind.example',
  BASE_URL: '/platform/',
};

let server: FakeAlgolia | undefined;
let buildDir: string | undefined;

beforeEach(() => {
  buildDir = fakeBuild();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(buildDir!, {recursive: true, force: true});
});

async function run(fail?: (request: Recorded) => boolean) {
  server = await fakeAlgolia(fail);
  const log: string[] = [];
  const errors: string[] = [];
  const code = await main(ENV, {
    buildDir,
    hosts: [
      {
        url: '127.0.0.1',
        port: server.port,
        protocol: 'http',
        accept: 'readWrite',
      },
    ],
    log: (line) => log.push(line),
    error: (line) => errors.push(line),
  });
  return {code, log, errors, requests: server.requests};
}

describe('npm run search:algolia', () => {
  it('applies the DocSearch settings, then replaces the records through a temporary index', async () => {
    const {code, log, errors, requests} = await run();
    expect(errors).toEqual([]);
    expect(code).toBe(0);

    const writes = requests.filter((request) => request.method !== 'GET');
    expect(
      writes.map((request) => `${request.method} ${request.path}`),
    ).toEqual([
      'PUT /1/indexes/baseplate/settings',
      'POST /1/indexes/baseplate/operation',
      expect.stringMatching(/^POST \/1\/indexes\/baseplate_tmp_\d+\/batch$/),
      'POST /1/indexes/baseplate/operation',
      expect.stringMatching(
        /^POST \/1\/indexes\/baseplate_tmp_\d+\/operation$/,
      ),
    ]);
    for (const request of requests) {
      expect(request.headers['x-algolia-application-id']).toBe('TESTAPP');
      expect(request.headers['x-algolia-api-key']).toBe('admin-key-for-tests');
    }

    expect(writes[0]!.body).toEqual(DOCSEARCH_SETTINGS);
    const tmpIndex = writes[2]!.path.split('/')[3]!;
    expect(writes[1]!.body).toMatchObject({
      operation: 'copy',
      destination: tmpIndex,
    });
    expect(writes[4]!.body).toEqual({
      operation: 'move',
      destination: 'baseplate',
    });

    const batch = writes[2]!.body as {
      requests: {action: string; body: DocSearchRecord}[];
    };
    expect(new Set(batch.requests.map((request) => request.action))).toEqual(
      new Set(['addObject']),
    );
    const records = batch.requests.map((request) => request.body);
    // Only the two pages marked for search give records, under the published URL.
    expect(new Set(records.map((record) => record.url_without_anchor))).toEqual(
      new Set([
        'https://docs.northwind.example/platform/kb/gitops/sync-stuck-out-of-sync',
        'https://docs.northwind.example/platform/blog/welcome-to-baseplate',
      ]),
    );
    expect(new Set(records.map((record) => record.objectID)).size).toBe(
      records.length,
    );
    const row = records.find((record) =>
      record.content?.includes('compute-resources'),
    );
    expect(row).toMatchObject({
      type: 'content',
      docusaurus_tag: 'docs-kb-current',
      language: 'en',
      anchor: 'find-the-error',
      url: 'https://docs.northwind.example/platform/kb/gitops/sync-stuck-out-of-sync#find-the-error',
      hierarchy: {lvl0: 'Knowledge base', lvl2: 'Find the error', lvl3: null},
    });
    expect(
      records.find((record) => record.hierarchy.lvl0 === 'Blog'),
    ).toMatchObject({
      docusaurus_tag: 'default',
      type: 'lvl1',
      hierarchy: {lvl1: 'Welcome to Baseplate'},
    });

    expect(log.at(-1)).toMatch(
      new RegExp(`^Done: baseplate now holds ${records.length} records`),
    );
  });

  it('stops on an API error with a non-zero exit code and leaves the live index alone', async () => {
    const {code, errors, requests} = await run(
      (request) => request.method === 'POST' && request.path.endsWith('/batch'),
    );
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('Method not allowed with this API key');
    expect(errors.join('\n')).toContain(
      'The live index baseplate keeps the records it had.',
    );
    const live = requests.filter(
      (request) =>
        request.path === '/1/indexes/baseplate' ||
        request.path.endsWith('/operation'),
    );
    // The copy into the temporary index happened; no move over and no delete of the live index.
    expect(live.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /1/indexes/baseplate/operation',
    ]);
    expect(requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: expect.stringMatching(/^\/1\/indexes\/baseplate_tmp_\d+$/),
    });
  });

  it('refuses to run without its credentials', async () => {
    const errors: string[] = [];
    const code = await main(
      {ALGOLIA_APP_ID: 'TESTAPP'},
      {buildDir, error: (line) => errors.push(line)},
    );
    expect(code).toBe(2);
    expect(errors.join('\n')).toContain(
      'ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME',
    );
  });
});
