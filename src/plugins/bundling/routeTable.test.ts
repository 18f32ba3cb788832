/**
 * The browser's route table in parts: main.js keeps the routes Docusaurus
 * renders at start; the leaves of nested lists load by a hash of their path.
 * The fixtures are written by Docusaurus' own code generator, and the
 * generated modules run here as the browser would run them: for every path,
 * the table after loading its part must match the same routes as Docusaurus'
 * whole table.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {RouteConfig as RouterRoute} from 'react-router-config';
import {matchRoutes} from 'react-router-config';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);

interface Route {
  path: string;
  component: {routePath: string; hash?: string};
  exact?: boolean;
  routes?: Route[];
  [attribute: string]: unknown;
}
interface Plan {
  tree: Route[];
  parents: {key: string; at: number[]}[];
  parts: {
    routes: Map<number, Route[]>;
    chunkNames: Record<string, unknown>;
    registry: {name: string; module: string}[];
  }[];
  registry: {name: string; module: string}[];
}
const table = require('./routeTable.cjs') as {
  ROUTES_PER_PART: number;
  routeKey: (path: string) => string;
  hashKey: (key: string) => number;
  readRoutes: (source: string) => Route[];
  readRegistry: (source: string) => {name: string; module: string}[];
  planParts: (
    routes: Route[],
    chunkNames: Record<string, unknown>,
    registry: {name: string; module: string}[],
    perPart?: number,
  ) => Plan;
  mainRoutesModule: (plan: Plan) => string;
  partModule: (plan: Plan, index: number) => string;
  mainRegistryModule: (plan: Plan) => string;
  mainChunkNames: (
    chunkNames: Record<string, unknown>,
    plan: Plan,
  ) => Record<string, unknown>;
};
const {generateRouteFiles} =
  require('@docusaurus/core/lib/server/codegen/codegenRoutes.js') as {
    generateRouteFiles: (options: {
      generatedFilesDir: string;
      routes: unknown[];
      baseUrl: string;
    }) => Promise<void>;
  };

const doc = (path: string, file: string, extra: object = {}) => ({
  path,
  component: '@theme/DocItem',
  exact: true,
  modules: {content: `@site/${file}`},
  ...extra,
});

/** A site as Docusaurus' plugins describe it: blog posts at the top, docs and answers nested. */
const SITE = [
  {path: '/', component: '@theme/Home', exact: true},
  {
    path: '/blog/first-post/',
    component: '@theme/BlogPostPage',
    exact: true,
    modules: {content: '@site/blog/first-post.md'},
  },
  {
    path: '/docs/',
    component: '@theme/DocsRoot',
    exact: false,
    routes: [
      {
        path: '/docs/',
        component: '@theme/DocVersionRoot',
        exact: false,
        routes: [
          {
            path: '/docs/tags/',
            component: '@theme/DocTagsListPage',
            exact: true,
          },
          {
            path: '/docs/',
            component: '@theme/DocRoot',
            exact: false,
            routes: [
              doc('/docs/', 'docs/intro.md', {sidebar: 'platform'}),
              doc('/docs/standards/ingress/', 'docs/standards/ingress.md', {
                sidebar: 'platform',
              }),
              doc('/docs/standards/dns/', 'docs/standards/dns.md', {
                sidebar: 'platform',
              }),
              doc("/docs/it's-quoted/", 'docs/quoted.md'),
              doc('/docs/strict/', 'docs/strict.md', {strict: true}),
            ],
          },
        ],
      },
    ],
  },
  {
    path: '/kb/',
    component: '@theme/DocsRoot',
    exact: false,
    routes: [
      {
        path: '/kb/',
        component: '@theme/DocRoot',
        exact: false,
        routes: [
          doc('/kb/', 'kb/index.md'),
          doc('/kb/dns/record-missing/', 'kb/dns/record-missing.md'),
          doc('/kb/dns/ttl/', 'kb/dns/ttl.md'),
          // A pattern: whatever follows it and matches it must stay behind it.
          {path: '/kb/special/:id', component: '@theme/Special', exact: true},
          doc('/kb/special/1/', 'kb/special/one.md'),
          doc('/kb/gitops/rollback/', 'kb/gitops/rollback.md'),
          doc('/kb/gitops/restart/', 'kb/gitops/restart.md'),
          doc('/kb/secrets/rotate/', 'kb/secrets/rotate.md'),
        ],
      },
    ],
  },
];

let dir: string;
let source: {routes: string; chunkNames: string; registry: string};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'route-table-'));
  await generateRouteFiles({
    generatedFilesDir: dir,
    routes: SITE,
    baseUrl: '/',
  });
  source = {
    routes: readFileSync(join(dir, 'routes.js'), 'utf8'),
    chunkNames: readFileSync(join(dir, 'routesChunkNames.json'), 'utf8'),
    registry: readFileSync(join(dir, 'registry.js'), 'utf8'),
  };
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function plan(perPart = 2): Plan {
  return table.planParts(
    table.readRoutes(source.routes),
    JSON.parse(source.chunkNames) as Record<string, unknown>,
    table.readRegistry(source.registry),
    perPart,
  );
}

/** Runs one generated module: its imports come from `deps`, `import()` from `load`. */
function run(
  code: string,
  deps: Record<string, unknown>,
  load: (specifier: string) => Promise<unknown>,
): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const body = code
    .replace(
      /^import (\w+) from '([^']+)';$/gm,
      (_line, name: string, from: string) =>
        `const ${name} = $deps[${JSON.stringify(from)}].default;`,
    )
    .replace(
      /^import \{(\w+)\} from '([^']+)';$/gm,
      (_line, name: string, from: string) =>
        `const ${name} = $deps[${JSON.stringify(from)}].${name};`,
    )
    .replace(/^export default /m, '$exports.default = ')
    .replace(/^export const (\w+) =/gm, 'const $1 = $exports.$1 =')
    .replace(/^export function (\w+)/gm, '$exports.$1 = $1; function $1')
    .replace(/\bimport\(/g, '$import(');
  new Function('$deps', '$exports', '$import', 'require', body)(
    deps,
    exports,
    load,
    {resolveWeak: (module: string) => module},
  );
  return exports;
}

interface Created {
  path: string;
  hash?: string;
}

/** The browser's table: main.js' modules, and the parts as they load. */
function browser(p: Plan, failures = 0) {
  let failuresLeft = failures;
  const chunkNames = table.mainChunkNames(
    JSON.parse(source.chunkNames) as Record<string, unknown>,
    p,
  );
  const registry = run(table.mainRegistryModule(p), {}, async () => ({}))
    .default as Record<string, unknown>;
  /** As Docusaurus' ComponentCreator, it reads the route's chunk names and their loaders when called. */
  const ComponentCreator = (path: string, hash?: string): Created => {
    if (path === '*') return {path};
    const names = chunkNames[`${path}-${hash}`];
    if (names === undefined) throw new Error(`no chunk names for ${path}`);
    for (const name of Object.values(names as Record<string, unknown>)) {
      if (typeof name === 'string' && !(name in registry)) {
        throw new Error(`no loader for ${name} (${path})`);
      }
    }
    return {path, hash};
  };
  const loaded: number[] = [];
  const deps: Record<string, Record<string, unknown>> = {
    '@docusaurus/ComponentCreator': {default: ComponentCreator},
    '@generated/routesChunkNames': {default: chunkNames},
    '@generated/registry': {default: registry},
  };
  const routesModule = run(
    table.mainRoutesModule(p),
    deps,
    async (specifier) => {
      const part = /\?part=(\d+)$/.exec(specifier);
      if (!part) throw new Error(`unexpected import(${specifier})`);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('ChunkLoadError');
      }
      loaded.push(Number(part[1]));
      return run(table.partModule(p, Number(part[1])), deps, async () => ({}));
    },
  );
  deps['@generated/routes'] = routesModule;
  return {
    routes: routesModule.default as RouterRoute[],
    loadRouteParts: routesModule.loadRouteParts as (
      paths: string[],
    ) => Promise<unknown>,
    loaded,
    registry,
  };
}

const allPaths = (routes: Route[]): string[] =>
  routes.flatMap((route) => [route.path, ...allPaths(route.routes ?? [])]);

/** The routes a path matches, as `path-hash`. */
const matched = (routes: unknown[], path: string) =>
  matchRoutes(routes as RouterRoute[], path).map(({route}) => {
    const component = route.component as unknown as {
      routePath?: string;
      path?: string;
      hash?: string;
    };
    return `${component.routePath ?? component.path}-${component.hash}`;
  });

describe('the route table in parts', () => {
  it('moves the leaves of nested lists, and keeps the top level, patterns, strict routes and what a pattern before them matches', () => {
    const p = plan();
    const kept = allPaths(p.tree);
    const moved = p.parts.flatMap((part) =>
      [...part.routes.values()].flat().map((route) => route.path),
    );
    expect(moved.sort()).toEqual(
      [
        '/docs/tags/',
        '/docs/',
        '/docs/standards/ingress/',
        '/docs/standards/dns/',
        "/docs/it's-quoted/",
        '/kb/',
        '/kb/dns/record-missing/',
        '/kb/dns/ttl/',
        '/kb/gitops/rollback/',
        '/kb/gitops/restart/',
        '/kb/secrets/rotate/',
      ].sort(),
    );
    expect(kept).toEqual(
      expect.arrayContaining([
        '/',
        '/blog/first-post/',
        '/docs/strict/',
        '/kb/special/:id',
        '/kb/special/1/',
        '*',
      ]),
    );
    expect(p.parts).toHaveLength(Math.ceil(11 / 2));
  });

  it('puts a chunk in a part only when no other part and no kept route uses it', () => {
    const p = plan();
    const partChunks = p.parts.flatMap((part) =>
      part.registry.map((entry) => entry.module),
    );
    expect(partChunks).toContain('"@site/kb/dns/ttl.md"');
    expect(partChunks).not.toContain('"@theme/DocItem"');
    expect(p.registry.map((entry) => entry.module)).toEqual(
      expect.arrayContaining(['"@theme/DocItem"', '"@site/docs/strict.md"']),
    );
  });

  it('matches every path as Docusaurus does, once the path has loaded its part, and loads only that part', async () => {
    const p = plan();
    const whole = table.readRoutes(source.routes);
    const paths = [
      ...allPaths(whole).filter((path) => path !== '*'),
      '/kb/special/7/',
      '/kb/unknown/',
      '/KB/DNS/TTL',
      '/docs/standards/dns',
      '/nowhere/',
    ];
    for (const path of paths) {
      const b = browser(p);
      await b.loadRouteParts([path]);
      expect(b.loaded.length, path).toBeLessThanOrEqual(1);
      expect(matched(b.routes, path), path).toEqual(matched(whole, path));
    }
  });

  it('keeps matching every path as Docusaurus does after all parts load, in any order', async () => {
    const p = plan();
    const whole = table.readRoutes(source.routes);
    const paths = allPaths(whole).filter((path) => path !== '*');
    const b = browser(p);
    await b.loadRouteParts([...paths].reverse());
    const filled = p.parts.flatMap((part, i) =>
      part.routes.size > 0 ? [i] : [],
    );
    expect([...new Set(b.loaded)].sort((x, y) => x - y)).toEqual(filled);
    for (const path of paths) {
      expect(matched(b.routes, path), path).toEqual(matched(whole, path));
    }
  });

  it('loads a part once, and again after a failed load', async () => {
    const p = plan();
    const b = browser(p, 1);
    await expect(b.loadRouteParts(['/kb/dns/ttl/'])).rejects.toThrow(
      'ChunkLoadError',
    );
    expect(b.loaded).toHaveLength(0);
    await b.loadRouteParts(['/kb/dns/ttl/']);
    await b.loadRouteParts(['/kb/dns/ttl', '/KB/DNS/TTL/']);
    expect(b.loaded).toHaveLength(1);
  });

  it('keeps the browser registry to loaders and module ids: no module path, no chunk name', () => {
    const code = table.mainRegistryModule(plan());
    expect(code).toContain(
      '[() => import("@theme/DocItem"), "", require.resolveWeak("@theme/DocItem")]',
    );
    expect(code).not.toContain('webpackChunkName');
  });

  it('fails the build, saying what to update, when Docusaurus changes a format', () => {
    expect(() =>
      table.readRegistry(
        source.registry.replace(
          /"@theme\/DocItem", require/,
          '{path: "@theme/DocItem"}, require',
        ),
      ),
    ).toThrow(
      /did not understand \.docusaurus\/registry\.js: understood \d+ of its \d+ entries\. Docusaurus changed its format: update src\/plugins\/bundling\/routeTable\.cjs/,
    );
    expect(() =>
      table.readRoutes(
        source.routes.replace('export default [', 'export const routes = ['),
      ),
    ).toThrow(
      /did not understand \.docusaurus\/routes\.js: no `export default \[`/,
    );
    expect(() =>
      table.planParts(table.readRoutes(source.routes), {}, []),
    ).toThrow(
      /did not understand \.docusaurus\/routesChunkNames\.json: no entry "\/-/,
    );
  });

  it('gives the browser the same hash as the build', () => {
    const code = table.mainRoutesModule(plan());
    expect(code).toContain(table.hashKey.toString());
    expect(code).toContain(table.routeKey.toString());
    expect(table.routeKey('/KB/Dns/')).toBe('/kb/dns');
  });
});
