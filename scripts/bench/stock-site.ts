/**
 * The reference site of the side-by-side Lighthouse run: the stock classic
 * site that `npx create-docusaurus@<version> my-site classic` creates (the
 * `create-docusaurus` package's own template files, unchanged), with the one
 * change the comparison asks for, `future: {v4: true, faster: true}`, built
 * with the same Docusaurus as this site. It uses this site's node_modules
 * (the template's dependencies are a subset of them), so it builds offline.
 *
 * The build is kept in .bench/stock/<version>/ and reused while the
 * Docusaurus version stays the same.
 */
import {spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {dirname, join} from 'node:path';

const SITE_DIR = join(__dirname, '..', '..');
const PACKAGE_DIR = dirname(require.resolve('create-docusaurus/package.json'));
const TEMPLATES = join(PACKAGE_DIR, 'templates');

/** The config change of the comparison: the template ships `future: {v4: true, …}`. */
export function withFaster(config: string): string {
  const stockFuture = /future: \{\n(\s*)v4: true,([^\n]*)\n/;
  if (!stockFuture.test(config)) {
    throw new Error(
      'The create-docusaurus classic template no longer sets `future: {v4: true}` as scripts/bench/stock-site.ts expects: update withFaster() to turn on `faster` in its new config.',
    );
  }
  return config.replace(
    stockFuture,
    (_match, indent: string, comment: string) =>
      `future: {\n${indent}v4: true,${comment}\n${indent}faster: true,\n`,
  );
}

/** Builds the stock classic site (or reuses its build) and returns its build folder. */
export function stockSiteBuild(): {buildDir: string; version: string} {
  const {version} = JSON.parse(
    readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'),
  ) as {version: string};
  const dir = join(SITE_DIR, '.bench', 'stock', version);
  const buildDir = join(dir, 'build');
  if (existsSync(join(buildDir, 'index.html'))) {
    return {buildDir, version};
  }
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  // create-docusaurus copies the shared files, then the template's own.
  cpSync(join(TEMPLATES, 'shared'), dir, {recursive: true});
  cpSync(join(TEMPLATES, 'classic'), dir, {recursive: true});
  const configFile = join(dir, 'docusaurus.config.js');
  writeFileSync(configFile, withFaster(readFileSync(configFile, 'utf8')));
  symlinkSync(join(SITE_DIR, 'node_modules'), join(dir, 'node_modules'));
  process.stdout.write(
    `Building the stock classic site ${version} in ${dir}...\n`,
  );
  const build = spawnSync(
    process.execPath,
    [
      join(
        SITE_DIR,
        'node_modules',
        '@docusaurus',
        'core',
        'bin',
        'docusaurus.mjs',
      ),
      'build',
    ],
    {cwd: dir, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}},
  );
  if (build.status !== 0) {
    throw new Error(
      `The stock classic site did not build (status ${build.status}) in ${dir}:\n${build.stdout}\n${build.stderr}`,
    );
  }
  return {buildDir, version};
}
