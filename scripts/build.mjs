#!/usr/bin/env node
/**
 * `npm run build`: runs `docusaurus build` unchanged, and when it fails on a
 * broken link or anchor, adds the source file of each page named in the
 * report. Docusaurus names the page by its URL (`/docs/next/ingress`); a
 * contributor needs the file to fix (`docs/ingress.md`).
 *
 * Usage: npm run build [-- <docusaurus build options>]
 */
import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
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

function main() {
  const child = spawn(
    'npx',
    ['docusaurus', 'build', ...process.argv.slice(2)],
    {
      cwd: siteDir,
      stdio: ['inherit', 'inherit', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('close', (code) => {
    if (code !== 0) {
      process.stderr.write(explainBrokenLinks(stderr, readSources()));
    }
    process.exit(code ?? 1);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
