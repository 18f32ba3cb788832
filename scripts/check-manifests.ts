/**
 * `npm run check:manifests -- [--root <site dir>] [--quiet]`: checks every
 * YAML block of a site's docs/, versioned_docs/, kb/ and blog/ against the
 * upstream schemas and the platform model of each version (src/lib/manifests),
 * prints every problem and the counts by rule, folder, version and kind, and
 * exits 1 when there is a problem. `--root` checks another copy of the site
 * with this one's code (default: the current directory). A version whose model
 * (docs/platform.yaml, versioned_docs/version-X/platform.yaml) that copy lacks
 * is checked against this checkout's model of it, and the output says so.
 */
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';

import {
  checkManifests,
  countBy,
  formatProblem,
  type CheckResult,
} from '../src/lib/manifests/check';
import {readModels, readPages, readVersions} from '../src/lib/manifests/read';

/** This checkout, whose models stand in for those another copy lacks. */
const OWN_SITE_DIR = join(__dirname, '..');

function table(
  title: string,
  counts: Readonly<Record<string, number>>,
): string {
  const rows = Object.entries(counts).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return [
    `${title}:`,
    ...(rows.length === 0
      ? ['  (none)']
      : rows.map(([key, n]) => `  ${String(n).padStart(5)}  ${key}`)),
  ].join('\n');
}

export function report(
  result: CheckResult,
  seconds: number,
  quiet = false,
): string {
  const {problems, summary} = result;
  const folder = (file: string) =>
    file.startsWith('versioned_docs/')
      ? file.split('/').slice(0, 2).join('/')
      : (file.split('/')[0] ?? file);
  return [
    ...(quiet ? [] : problems.map(formatProblem)),
    '',
    `${problems.length} problem(s) in ${summary.blocks} YAML blocks (${Object.entries(
      summary.byBlockKind,
    )
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}), ${seconds.toFixed(1)} s`,
    table(
      'problems by rule',
      countBy(problems, (p) => p.rule),
    ),
    table(
      'problems by folder',
      countBy(problems, (p) => folder(p.file)),
    ),
    table('objects and fragments checked by version', summary.byVersion),
    table('objects checked by kind', summary.byKind),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rootIndex = args.indexOf('--root');
  const root = resolve(
    rootIndex === -1 ? process.cwd() : (args[rootIndex + 1] ?? '.'),
  );
  const quiet = args.includes('--quiet');
  const start = performance.now();
  const models = readModels(root);
  const borrowed: string[] = [];
  if (root !== OWN_SITE_DIR) {
    const own = readModels(OWN_SITE_DIR);
    for (const version of readVersions(root)) {
      const model = own.get(version);
      if (!models.has(version) && model) {
        models.set(version, model);
        borrowed.push(version);
      }
    }
  }
  const result = await checkManifests(readPages(root), models);
  const seconds = (performance.now() - start) / 1000;
  console.log(`Manifests of ${root}`);
  if (borrowed.length > 0) {
    console.log(
      `(no platform model there for ${borrowed.join(', ')}: using ${OWN_SITE_DIR}'s)`,
    );
  }
  console.log(report(result, seconds, quiet));
  process.exitCode = result.problems.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
