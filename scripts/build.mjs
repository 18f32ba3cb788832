#!/usr/bin/env node
/**
 * `npm run build`: runs `docusaurus build`, and when it fails on a broken link
 * or anchor, adds the source file of each page named in the report.
 * Docusaurus names the page by its URL (`/docs/next/ingress`); a contributor
 * needs the file to fix (`docs/ingress.md`).
 *
 * A large site (LARGE_SITE_PAGES Markdown files or more) is built in two
 * processes, without Rspack's persistent cache: the first bundles and exits,
 * the second loads the site again and renders the pages with the bundles the
 * first wrote (Docusaurus' DOCUSAURUS_EXIT_AFTER_BUNDLING and
 * DOCUSAURUS_SKIP_BUNDLING). After bundling, Rspack keeps gigabytes of native
 * memory that the page rendering's worker threads came on top of, and the
 * persistent cache holds a copy of the module graph while it is written:
 * with 4,000 pages one process peaked at 5.2 GB, the two at about 3.3 GB
 * (`npm run bench`). Below that size the split would only add the second
 * loading (5 of 22 s here) and give up the cache's warm rebuilds (16 s).
 * BUILD_SPLIT=true or false decides instead of the page count.
 *
 * Usage: npm run build [-- <docusaurus build options>]
 */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const siteDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const generatedDir = join(siteDir, '.docusaurus');

/**
 * Maps a route path to the file it is rendered from, using the two files the
 * failed build generated: routesChunkNames.json (route → chunk ids) and
 * registry.js (chunk id → module path).
 */
export function routeSources(routesChunkNames, registry) {
  const modules = new Map(
    [
      ...registry.matchAll(/"([^"]+)": \[\(\) => import\([^)]*\), "([^"]+)"/g),
    ].map((m) => [m[1], m[2]]),
  );
  const sources = new Map();
  for (const [key, chunks] of Object.entries(routesChunkNames)) {
    const path = key.replace(/-[0-9a-f]{3}$/, '');
    const chunkIds = [chunks.content, chunks.__comp].filter(Boolean);
    const file = chunkIds
      .map((id) => modules.get(id))
      .find(
        (module) =>
          module?.startsWith('@site/') &&
          !module.startsWith('@site/.docusaurus/'),
      );
    if (file && !sources.has(path)) {
      sources.set(path, file.replace(/^@site\//, ''));
    }
  }
  return sources;
}

/** The "by file" summary appended to Docusaurus' broken-link report. */
export function explainBrokenLinks(report, sources) {
  const pages = [
    ...new Set(
      [...report.matchAll(/source page path = (\S+?):?$/gm)].map((m) => m[1]),
    ),
  ];
  const lines = pages.map((page) => {
    const file = sources.get(page);
    return file
      ? `  ${page} is written in ${file}`
      : `  ${page} is generated (a tag, author or list page): fix the link in its configuration or front matter`;
  });
  return lines.length > 0
    ? `\nBroken links or anchors, by the file to fix:\n${lines.join('\n')}\n`
    : '';
}

function readSources() {
  const chunkNames = join(generatedDir, 'routesChunkNames.json');
  const registry = join(generatedDir, 'registry.js');
  if (!existsSync(chunkNames) || !existsSync(registry)) {
    return new Map();
  }
  return routeSources(
    JSON.parse(readFileSync(chunkNames, 'utf8')),
    readFileSync(registry, 'utf8'),
  );
}

/** From this many Markdown pages on, the build runs in two processes. */
export const LARGE_SITE_PAGES = 1000;

const CONTENT_DIRS = ['docs', 'versioned_docs', 'kb', 'blog'];

/** How many Markdown files the site's content folders hold. */
export function countPages(dir) {
  return CONTENT_DIRS.flatMap((folder) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder), {recursive: true})
      : [],
  ).filter((file) => /\.mdx?$/.test(String(file))).length;
}

/** Whether to build in two processes: BUILD_SPLIT decides, or else the size. */
export function splitBuild(env, pages) {
  if (env.BUILD_SPLIT === 'true' || env.BUILD_SPLIT === 'false') {
    return env.BUILD_SPLIT === 'true';
  }
  if (env.BUILD_SPLIT !== undefined) {
    throw new Error(
      `BUILD_SPLIT is "${env.BUILD_SPLIT}": set it to true (build in two processes), false (in one), or leave it unset to decide by the number of pages.`,
    );
  }
  return pages >= LARGE_SITE_PAGES;
}

/** Runs `docusaurus build` with `env` added; resolves with its status and stderr. */
function docusaurusBuild(args, env) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['docusaurus', 'build', ...args], {
      cwd: siteDir,
      env: {...process.env, ...env},
      stdio: ['inherit', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, stderr}));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const pages = countPages(siteDir);
  let result;
  if (splitBuild(process.env, pages)) {
    console.log(
      `[INFO] ${pages} Markdown pages: bundling and rendering in two processes, without Rspack's persistent cache, to keep the build's memory down (scripts/build.mjs).`,
    );
    const noCache = {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'};
    result = await docusaurusBuild(args, {
      ...noCache,
      DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true',
    });
    const outDir = resolve(
      siteDir,
      args.includes('--out-dir')
        ? args[args.indexOf('--out-dir') + 1]
        : 'build',
    );
    if (result.code === 0 && existsSync(join(outDir, 'index.html'))) {
      console.error(
        '[ERROR] docusaurus build rendered the pages although DOCUSAURUS_EXIT_AFTER_BUNDLING was set: this Docusaurus no longer splits its build. Build in one process with BUILD_SPLIT=false, and update splitBuild() in scripts/build.mjs.',
      );
      process.exit(1);
    }
    if (result.code === 0) {
      result = await docusaurusBuild(args, {
        ...noCache,
        DOCUSAURUS_SKIP_BUNDLING: 'true',
      });
    }
  } else {
    result = await docusaurusBuild(args, {});
  }
  if (result.code !== 0) {
    process.stderr.write(explainBrokenLinks(result.stderr, readSources()));
  }
  process.exit(result.code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
