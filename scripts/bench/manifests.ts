/**
 * `npm run bench:manifests`: times the manifest check (src/lib/manifests) on
 * today's content and on the benchmark's full synthetic corpus (about 4,000
 * pages), in a temporary copy of the content folders. The problems found in
 * the corpus do not matter here (its manifests are filler); the time does.
 */
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

import {checkManifests} from '../../src/lib/manifests/check';
import {readModels, readPages} from '../../src/lib/manifests/read';
import {generateCorpus, readSiteFacts, writeCorpus} from '../lib/corpus';
import {FULL} from './options';

const SITE_DIR = join(__dirname, '..', '..');
const COPIED = [
  'docs',
  'versioned_docs',
  'versioned_sidebars',
  'kb',
  'blog',
  'versions.json',
];

async function time(label: string, siteDir: string): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const pages = readPages(siteDir);
  const result = await checkManifests(pages, readModels(siteDir));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall time says more
  // about the neighbours than about the check.
  console.log(
    `${label}: ${pages.length} pages, ${result.summary.blocks} YAML blocks, ${result.problems.length} problems, ${seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
  );
}

async function main(): Promise<void> {
  await time('today', SITE_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'baseplate-manifests-'));
  try {
    for (const entry of COPIED) {
      if (existsSync(join(SITE_DIR, entry))) {
        cpSync(join(SITE_DIR, entry), join(dir, entry), {recursive: true});
      }
    }
    writeCorpus(dir, generateCorpus(FULL, readSiteFacts(dir)));
    await time('synthetic corpus', dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
