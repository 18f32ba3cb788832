/**
 * Draws Mermaid diagrams in a headless Chromium when the site is built
 * (mermaid-isomorphic: Mermaid itself, so the diagrams look as they did when
 * the reader's browser drew them), and keeps every drawing on disk under
 * node_modules/.cache/baseplate-diagrams: a rebuild or `npm start` draws only
 * the diagrams whose source or theme changed.
 */
import {randomUUID} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type * as MermaidIsomorphic from 'mermaid-isomorphic';
import type {createMermaidRenderer} from 'mermaid-isomorphic';

import {
  OFFLINE_CHROMIUM_ARGS,
  resolveChromium,
} from '../../../scripts/lib/browser';
import {
  drawingKey,
  idPrefix,
  renamePrefix,
  type Drawing,
  type MermaidTheme,
} from '../../lib/diagrams/diagram';
import {nativeImport} from '../nativeImport';

/**
 * The folder of an installed package, found as Node finds it from `from`
 * (its exports hide package.json and have no `require` entry to resolve).
 */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(
        `${name} is not installed (looked from ${from}): run npm ci.`,
      );
    }
  }
}

const version = (dir: string): string =>
  (
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const isomorphicDir = packageDir('mermaid-isomorphic', process.cwd());

/** What the drawings depend on besides theme and source; part of the cache key. */
export const RENDERER = `mermaid ${version(packageDir('mermaid', isomorphicDir))}, mermaid-isomorphic ${version(isomorphicDir)}, drawing 1`;

export const DEFAULT_CACHE_DIR = path.join(
  process.cwd(),
  'node_modules',
  '.cache',
  'baseplate-diagrams',
);

/** Pages Chromium draws in at once: Mermaid takes a core per page. */
const PAGES_AT_ONCE = 2;
/** How long a diagram waits for others to be drawn with it. */
const BATCH_WAIT_MS = 200;
/** The ids of a batch, renamed to each diagram's own prefix after drawing. */
const BATCH_PREFIX = 'diagram-batch';

export type Draw = (source: string, theme: MermaidTheme) => Promise<Drawing>;

/**
 * Writes a file aside and renames it into place, so a build stopped halfway
 * leaves no half file, and two writers of the same file (the server's and the
 * browser's bundler compile a page each) each rename a whole one.
 */
export async function writeAside(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, content);
  await rename(partial, file);
}

function isDrawing(value: unknown): value is Drawing {
  const drawing = value as Partial<Drawing> | null;
  return (
    typeof drawing?.svg === 'string' &&
    typeof drawing.width === 'number' &&
    typeof drawing.height === 'number'
  );
}

/**
 * A `Draw` that reads the cache first and asks Chromium for the rest. The
 * browser starts with the first drawing that is not cached and closes when
 * none is in progress.
 */
export function createDraw(cacheDir = DEFAULT_CACHE_DIR): Draw {
  let render: ReturnType<typeof createMermaidRenderer> | undefined;
  const inProgress = new Map<string, Promise<Drawing>>();
  const waiting: (() => void)[] = [];
  let drawing = 0;

  async function slot(): Promise<() => void> {
    if (drawing >= PAGES_AT_ONCE) {
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    drawing += 1;
    return () => {
      drawing -= 1;
      waiting.shift()?.();
    };
  }

  interface Request {
    readonly source: string;
    readonly key: string;
    resolve(drawing: Drawing): void;
    reject(error: Error): void;
  }
  // Requests of the same theme wait a moment and are drawn together: Chromium
  // loads Mermaid (3 MB) once per page, which costs more than a diagram.
  const queued = new Map<string, {theme: MermaidTheme; requests: Request[]}>();
  let flushTimer: NodeJS.Timeout | undefined;

  async function renderBatch(
    theme: MermaidTheme,
    requests: Request[],
  ): Promise<void> {
    // Throws, saying what to install, where no Chromium is found.
    const executablePath = resolveChromium();
    // Loaded only when a diagram is not in the cache.
    const {createMermaidRenderer} = (await nativeImport(
      'mermaid-isomorphic',
    )) as typeof MermaidIsomorphic;
    render ??= createMermaidRenderer({
      launchOptions: {executablePath, args: OFFLINE_CHROMIUM_ARGS},
    });
    const release = await slot();
    try {
      const results = await render(
        requests.map((request) => request.source),
        {
          prefix: BATCH_PREFIX,
          mermaidConfig: {
            theme: theme.theme as never,
            themeVariables: theme.themeVariables,
          },
        },
      );
      requests.forEach((request, index) => {
        const result = results[index];
        if (result?.status !== 'fulfilled') {
          const reason: unknown = result?.reason;
          request.reject(
            new Error(
              reason instanceof Error ? reason.message : String(reason),
            ),
          );
          return;
        }
        const {svg, width, height, title, description} = result.value;
        request.resolve({
          svg: renamePrefix(
            svg,
            `${BATCH_PREFIX}-${index}`,
            `${idPrefix(request.key)}-0`,
          ),
          width,
          height,
          title,
          description,
        });
      });
    } finally {
      release();
    }
  }

  function flush(): void {
    flushTimer = undefined;
    for (const [name, {theme, requests}] of queued) {
      queued.delete(name);
      renderBatch(theme, requests).catch((error: unknown) => {
        for (const request of requests) {
          request.reject(
            error instanceof Error ? error : new Error(String(error)),
          );
        }
      });
    }
  }

  function renderOne(
    source: string,
    theme: MermaidTheme,
    key: string,
  ): Promise<Drawing> {
    return new Promise((resolve, reject) => {
      const name = JSON.stringify(theme);
      const batch = queued.get(name) ?? {theme, requests: []};
      batch.requests.push({source, key, resolve, reject});
      queued.set(name, batch);
      flushTimer ??= setTimeout(flush, BATCH_WAIT_MS);
    });
  }

  async function cachedOrRendered(
    source: string,
    theme: MermaidTheme,
    key: string,
  ): Promise<Drawing> {
    const file = path.join(cacheDir, `${key}.json`);
    try {
      const cached: unknown = JSON.parse(await readFile(file, 'utf8'));
      if (isDrawing(cached)) {
        return cached;
      }
    } catch {
      // Not drawn yet, or a cache file cut short: draw it.
    }
    const drawn = await renderOne(source, theme, key);
    await writeAside(file, JSON.stringify(drawn));
    return drawn;
  }

  return (source, theme) => {
    const key = drawingKey({renderer: RENDERER, theme, source});
    let promise = inProgress.get(key);
    if (!promise) {
      // Versioned copies of a page share their diagrams: each is drawn once.
      promise = cachedOrRendered(source, theme, key);
      inProgress.set(key, promise);
      promise.catch(() => inProgress.delete(key));
    }
    return promise;
  };
}
