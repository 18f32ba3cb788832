/**
 * Copies the site into a temporary folder (sharing node_modules) so a test can
 * break it on purpose and run a real build, without touching the working tree.
 */
import {spawn, spawnSync} from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';

export const SITE_DIR = join(__dirname, '..');

const SKIPPED = new Set([
  'node_modules',
  'build',
  '.docusaurus',
  '.git',
  'test-results',
  'playwright-report',
  '.bench',
]);

export interface SiteCopy {
  readonly dir: string;
  remove(): void;
}

export interface CopyOptions {
  /**
   * Give the copy its own node_modules/.cache (where Rspack keeps its
   * persistent cache) instead of sharing the site's: a benchmark then measures
   * a cold build, and its cache never lands in the working tree's.
   */
  readonly ownBuildCache?: boolean;
}

export function copySite(options: CopyOptions = {}): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'baseplate-site-'));
  cpSync(SITE_DIR, dir, {
    recursive: true,
    filter: (source) => source === SITE_DIR || !SKIPPED.has(basename(source)),
  });
  const modules = join(SITE_DIR, 'node_modules');
  if (options.ownBuildCache) {
    // Every package linked one by one, all but .cache.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(modules)) {
      if (entry !== '.cache') {
        symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
      }
    }
  } else {
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
  }
  // "Last updated by" reads Git history, so the copy is a repository too.
  git(dir, ['init', '-q', '-b', 'main']);
  commitAll(dir, 'copy');
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

function git(dir: string, args: readonly string[]): void {
  const result = spawnSync('git', args, {cwd: dir, encoding: 'utf8'});
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed in ${dir}: ${result.stderr}`);
  }
}

/** Commits every change in the copy (so new pages have a Git history too). */
export function commitAll(dir: string, message: string): void {
  git(dir, ['add', '-A']);
  git(dir, [
    '-c',
    'user.name=Site Copy',
    '-c',
    'user.email=copy@localhost',
    'commit',
    '-qm',
    message,
  ]);
}

export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/**
 * Runs `npm run build` in the copy, with every docs version: blog posts link
 * to the docs of the release they announce (/docs/2025.2/..., /docs/next/...),
 * which a current-only build does not have (it saves about 5 of 40 seconds).
 * Without minifying: these builds are made to fail on a mistake in the
 * content, data or links, none of which minifying checks, and it is a third
 * of the time of a build that gets as far as writing pages. Without Rspack's
 * persistent cache: its key includes the copy's folder, so no later build
 * could read it, and writing it cost a tenth of each build's CPU (measured).
 */
export function buildSite(
  dir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/build.mjs', '--no-minify'], {
      cwd: dir,
      env: {
        ...process.env,
        DOCS_ONLY_CURRENT: 'false',
        DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({status, output}));
  });
}

/**
 * Breaks a fresh copy of the site with `change`, builds it, removes it, and
 * returns the build's output (`env` is added to the build's environment).
 * Returns the status too, for the caller to
 * check: the copies are independent, so several can build at once
 * (`it.concurrent`), which overlaps the single-threaded start of each build.
 */
export async function brokenBuild(
  change: (dir: string) => void,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult> {
  const copy = copySite();
  try {
    change(copy.dir);
    return await buildSite(copy.dir, env);
  } finally {
    copy.remove();
  }
}
