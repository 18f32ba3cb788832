/* global module, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a loader is CommonJS */
/**
 * Rspack loader for the browser's copy of Docusaurus' route table: the three
 * files Docusaurus generates in .docusaurus/ and main.js carries whole.
 *
 * - routes.js, the tree of routes (path, component, nested routes);
 * - routesChunkNames.json, each route's chunk names;
 * - registry.js, each chunk name's loader.
 *
 * Together they cost about 40 bytes (gzip-compressed) per route, on every
 * page: 160 KiB at 4,000 pages. This loader moves the leaves of nested route
 * lists (every doc, every docs tag page, every knowledge-base answer: the
 * routes that multiply) out of main.js into parts of about ROUTES_PER_PART
 * routes. A leaf's part is a hash of its path, so main.js keeps no per-route
 * index: the browser hashes the path it is about to show, loads that part
 * (src/plugins/bundling/preload.ts), which adds its chunk names and loaders
 * and splices its routes into the tree, and only then matches the path, as
 * Docusaurus' own preload does. What main.js keeps grows with the number of
 * parts: one loader per part.
 *
 * A leaf moves only if the move cannot change which route a path matches: it
 * is exact, its path has no parameters, and no route before it in its list
 * matches its path. Parts put their routes first in their list, so a moved
 * route still matches before any route that came after it. Top-level routes
 * (pages, blog posts) stay: Docusaurus renders that list once, when main.js
 * starts.
 *
 * The registry also loses, in every entry, the module path (which only the
 * server's render reads: react-loadable reports it to list a page's chunks)
 * and the chunk name (whose map in the runtime only served prefetching every
 * link in view; Docusaurus skips a chunk it cannot name, and a link's chunks
 * still load when the pointer reaches it and on click).
 *
 * The server's build keeps all three files whole. If Docusaurus changes their
 * format, the loader fails the build and says what to update. CommonJS: the
 * bundler runs loaders in its own Node, without TypeScript.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {matchPath} = require('react-router');

const ROUTES_PER_PART = 64;
const SELF = 'src/plugins/bundling/routeTable.cjs';

function formatChanged(file, what) {
  return new Error(
    `${SELF} did not understand .docusaurus/${file}: ${what}. Docusaurus changed its format: update ${SELF}, or remove its rules from src/plugins/bundling/index.ts.`,
  );
}

/** The form of a path that picks its part: lower case (routes match regardless of case), no trailing slash. */
function routeKey(pathname) {
  return pathname.toLowerCase().replace(/\/+$/, '');
}

/** FNV-1a over UTF-16 code units. The browser runs this same function (routes.js carries its source). */
function hashKey(key) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** routes.js as data: each route's path, its hash (from ComponentCreator), `exact`, nested `routes` and other attributes. */
function readRoutes(source) {
  if (!/^export default \[$/m.test(source)) {
    throw formatChanged('routes.js', 'no `export default [`');
  }
  const body = source
    .replace(/^import .*;$/gm, '')
    .replace(/^export default \[$/m, 'result = [');
  const context = {
    result: undefined,
    ComponentCreator: (routePath, hash) => ({routePath, hash}),
  };
  vm.runInNewContext(body, context);
  const check = (routes) => {
    for (const route of routes) {
      if (
        typeof route.path !== 'string' ||
        route.component?.routePath !== route.path ||
        (route.path !== '*' && typeof route.component.hash !== 'string')
      ) {
        throw formatChanged(
          'routes.js',
          `the route ${JSON.stringify(route.path)} is not {path, component: ComponentCreator(path, hash)}`,
        );
      }
      if (route.routes) check(route.routes);
    }
  };
  check(context.result);
  return context.result;
}

/** registry.js as data: each entry's chunk name and module (as the JavaScript string it is written as). */
function readRegistry(source) {
  const ENTRY =
    /^ {2}("[^"]+"): \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ ("(?:[^"\\]|\\.)+")\), "(?:[^"\\]|\\.)+", require\.resolveWeak\(("(?:[^"\\]|\\.)+")\)\],/gm;
  const expected = (source.match(/require\.resolveWeak\(/g) || []).length;
  const entries = [];
  for (const [, name, module, weak] of source.matchAll(ENTRY)) {
    if (module !== weak) break;
    entries.push({name: JSON.parse(name), module});
  }
  if (entries.length !== expected) {
    throw formatChanged(
      'registry.js',
      `understood ${entries.length} of its ${expected} entries`,
    );
  }
  return entries;
}

/** One registry entry for the browser: its loader and its module id, no module path, no chunk name. */
function registryEntry({name, module}) {
  return `${JSON.stringify(name)}: [() => import(${module}), "", require.resolveWeak(${module})]`;
}

/** The chunk names of one route (`{__comp, content, __context: {plugin}}`), flat. */
function chunksOf(names) {
  if (typeof names === 'string') return [names];
  if (names === null || typeof names !== 'object') return [];
  return Object.values(names).flatMap(chunksOf);
}

const STATIC = /^[^:*?()+[\]]*$/;

/**
 * Which leaves leave main.js, and for which part. Returns the tree without
 * them, the lists they came from (`parents`, by index path in that tree) and
 * the parts: for each, its routes by parent, chunk names and registry
 * entries.
 */
function planParts(routes, chunkNames, registry, perPart = ROUTES_PER_PART) {
  const parents = [];
  const moved = [];
  // `at` is the list's index path in the tree main.js keeps, which parts
  // reach their lists by.
  const decide = (list, parentPath, depth, at) => {
    const leaves = new Set();
    if (depth > 0) {
      const earlierKeys = new Set();
      const earlierPatterns = [];
      for (const route of list) {
        const movable =
          route.exact === true &&
          !route.routes &&
          !('strict' in route) &&
          !('sensitive' in route) &&
          STATIC.test(route.path) &&
          !earlierKeys.has(routeKey(route.path)) &&
          ![route.path, `${routeKey(route.path)}/`, routeKey(route.path)].some(
            (candidate) =>
              earlierPatterns.some((pattern) => matchPath(candidate, pattern)),
          );
        if (movable) leaves.add(route);
        if (route.exact === true && STATIC.test(route.path)) {
          earlierKeys.add(routeKey(route.path));
        } else {
          earlierPatterns.push({
            path: route.path,
            exact: route.exact === true,
            strict: route.strict === true,
            sensitive: route.sensitive === true,
          });
        }
      }
    }
    const keep = [];
    let parent;
    list.forEach((route) => {
      if (leaves.has(route)) {
        if (parent === undefined) {
          parent = parents.length;
          parents.push({key: routeKey(parentPath), at});
        }
        moved.push({route, parent});
        return;
      }
      keep.push(
        route.routes
          ? {
              ...route,
              routes: decide(route.routes, route.path, depth + 1, [
                ...at,
                keep.length,
              ]),
            }
          : route,
      );
    });
    return keep;
  };
  const tree = decide(routes, '/', 0, []);

  const count = moved.length === 0 ? 0 : Math.ceil(moved.length / perPart);
  const parts = Array.from({length: count}, () => ({
    routes: new Map(),
    chunkNames: {},
    registry: [],
  }));
  const owner = new Map();
  const own = (chunk, who) => {
    const current = owner.get(chunk);
    owner.set(chunk, current === undefined || current === who ? who : 'main');
  };
  const keyOf = (route) => `${route.path}-${route.component.hash}`;
  const namesOf = (route) => {
    const names = chunkNames[keyOf(route)];
    if (names === undefined) {
      throw formatChanged(
        'routesChunkNames.json',
        `no entry ${JSON.stringify(keyOf(route))} for the route ${route.path}`,
      );
    }
    return names;
  };
  const visitKept = (list) => {
    for (const route of list) {
      if (route.path !== '*')
        chunksOf(namesOf(route)).forEach((c) => own(c, 'main'));
      if (route.routes) visitKept(route.routes);
    }
  };
  visitKept(tree);
  for (const leaf of moved) {
    const part = hashKey(routeKey(leaf.route.path)) % count;
    const names = namesOf(leaf.route);
    parts[part].chunkNames[keyOf(leaf.route)] = names;
    const byParent = parts[part].routes;
    if (!byParent.has(leaf.parent)) byParent.set(leaf.parent, []);
    byParent.get(leaf.parent).push(leaf.route);
    chunksOf(names).forEach((c) => own(c, part));
  }
  const mainRegistry = [];
  for (const entry of registry) {
    const who = owner.get(entry.name);
    if (typeof who === 'number') parts[who].registry.push(entry);
    else mainRegistry.push(entry);
  }
  return {
    tree,
    parents,
    parts,
    registry: mainRegistry,
  };
}

function routeCode(route) {
  const fields = [`path: ${JSON.stringify(route.path)}`];
  fields.push(
    route.path === '*'
      ? `component: ComponentCreator('*')`
      : `component: ComponentCreator(${JSON.stringify(route.path)}, ${JSON.stringify(route.component.hash)})`,
  );
  if (route.exact) fields.push('exact: true');
  if (route.routes)
    fields.push(`routes: [${route.routes.map(routeCode).join(',\n')}]`);
  for (const [key, value] of Object.entries(route)) {
    if (!['path', 'component', 'exact', 'routes'].includes(key)) {
      fields.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    }
  }
  return `{${fields.join(', ')}}`;
}

/** The browser's routes.js: the tree without moved leaves, and `loadRouteParts(paths)`. */
function mainRoutesModule(plan) {
  const prefixes = [...new Set(plan.parents.map((parent) => parent.key))];
  return `import ComponentCreator from '@docusaurus/ComponentCreator';

const routes = [
${plan.tree.map(routeCode).join(',\n')}
];
export default routes;

/** The lists the parts add their routes to, taken before any part changes them. */
export const routeParents = ${JSON.stringify(plan.parents.map((parent) => parent.at))}.map(
  (at) => at.reduce((list, index) => list[index].routes, routes),
);

const prefixes = ${JSON.stringify(prefixes)};
const parts = [
${plan.parts.map((_, index) => `  () => import("./routes.js?part=${index}")`).join(',\n')}
];
const loading = [];

${routeKey.toString()}

${hashKey.toString()}

/** Loads the parts that hold the routes of these paths, if any; resolves once their routes are in the tree. */
export function loadRouteParts(paths) {
  return Promise.all(
    paths.map((pathname) => {
      const key = routeKey(pathname);
      if (
        parts.length === 0 ||
        !prefixes.some((prefix) => key === prefix || key.startsWith(prefix + '/'))
      ) {
        return undefined;
      }
      const part = hashKey(key) % parts.length;
      if (!loading[part]) {
        loading[part] = parts[part]().catch((error) => {
          loading[part] = undefined;
          throw error;
        });
      }
      return loading[part];
    }),
  );
}
`;
}

/** The browser's part N: adds its chunk names and loaders, then its routes, first in their lists. */
function partModule(plan, index) {
  const part = plan.parts[index];
  if (part === undefined) {
    throw new Error(`${SELF}: routes.js has no part ${index}.`);
  }
  const additions = [...part.routes].map(
    ([parent, routes]) =>
      `routeParents[${parent}].unshift(\n${routes.map(routeCode).join(',\n')}\n);`,
  );
  return `import ComponentCreator from '@docusaurus/ComponentCreator';
import routesChunkNames from '@generated/routesChunkNames';
import registry from '@generated/registry';
import {routeParents} from '@generated/routes';

Object.assign(routesChunkNames, ${JSON.stringify(part.chunkNames)});
Object.assign(registry, {
${part.registry.map((entry) => `  ${registryEntry(entry)},`).join('\n')}
});
${additions.join('\n')}
export default ${part.routes.size};
`;
}

/** The browser's registry.js: the entries main.js keeps. */
function mainRegistryModule(plan) {
  return `export default {
${plan.registry.map((entry) => `  ${registryEntry(entry)},`).join('\n')}
};
`;
}

/** The browser's routesChunkNames.json: the routes main.js keeps. */
function mainChunkNames(chunkNames, plan) {
  const movedKeys = new Set(
    plan.parts.flatMap((part) => Object.keys(part.chunkNames)),
  );
  return Object.fromEntries(
    Object.entries(chunkNames).filter(([key]) => !movedKeys.has(key)),
  );
}

const FILES = ['routes.js', 'routesChunkNames.json', 'registry.js'];
let cached;

/** The plan for the generated files in `dir`, read from disk (computed once per content). */
function planFor(dir) {
  const sources = FILES.map((file) =>
    fs.readFileSync(path.join(dir, file), 'utf8'),
  );
  if (cached && cached.sources.every((source, i) => source === sources[i])) {
    return cached;
  }
  const chunkNames = JSON.parse(sources[1]);
  const plan = planParts(
    readRoutes(sources[0]),
    chunkNames,
    readRegistry(sources[2]),
  );
  cached = {sources, chunkNames, plan};
  return cached;
}

module.exports = function routeTableLoader() {
  const dir = path.dirname(this.resourcePath);
  for (const file of FILES) this.addDependency(path.join(dir, file));
  const {chunkNames, plan} = planFor(dir);
  switch (path.basename(this.resourcePath)) {
    case 'routes.js': {
      const part = /^\?part=(\d+)$/.exec(this.resourceQuery);
      return part ? partModule(plan, Number(part[1])) : mainRoutesModule(plan);
    }
    case 'routesChunkNames.json':
      return JSON.stringify(mainChunkNames(chunkNames, plan));
    case 'registry.js':
      return mainRegistryModule(plan);
    default:
      throw new Error(
        `${SELF} is for ${FILES.join(', ')}, not ${this.resourcePath}.`,
      );
  }
};
Object.assign(module.exports, {
  ROUTES_PER_PART,
  routeKey,
  hashKey,
  readRoutes,
  readRegistry,
  planParts,
  mainRoutesModule,
  partModule,
  mainRegistryModule,
  mainChunkNames,
});
