/**
 * Fails `npm run build` (and `npm start`) when a YAML block of the handbook,
 * the knowledge base or the blog breaks the manifest check
 * (src/lib/manifests): the error lists each problem with its file and line.
 *
 * The check runs in a child process (`scripts/check-manifests.ts`, the same
 * as `npm run check:manifests`): Docusaurus loads plugins through jiti 1,
 * which turns `import()` into `require()`, and the kubernetes-models packages
 * are ES modules with no `require` export ("Package subpath './apps/v1' is
 * not defined by exports").
 */
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {CONTENT_DIRS} from '../../lib/manifests/check';

// This checkout's CLI (and its tsx), whichever site directory it checks.
const CHECKOUT = join(__dirname, '..', '..', '..');
const CLI = join(CHECKOUT, 'scripts', 'check-manifests.ts');

// Report problems without failing the build: MANIFESTS_CHECK=report npm run build
// (the benchmark's synthetic corpus does; a real build never should).
const REPORT_ONLY = process.env.MANIFESTS_CHECK === 'report';

function run(siteDir: string): Promise<{code: number | null; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, '--root', siteDir],
      {cwd: CHECKOUT, stdio: ['ignore', 'pipe', 'pipe']},
    );
    // Another plugin's error ends the build while the check may still run:
    // end the check with it, or it outlives the build.
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      process.removeListener('exit', stop);
      resolve({code, output});
    });
  });
}

export default function manifestsPlugin(context: LoadContext): Plugin {
  return {
    name: 'manifests',

    getPathsToWatch() {
      return [
        ...CONTENT_DIRS.map((dir) => `${context.siteDir}/${dir}/**/*.{md,mdx}`),
        `${context.siteDir}/docs/platform.yaml`,
        `${context.siteDir}/versioned_docs/*/platform.yaml`,
      ];
    },

    async loadContent() {
      const {code, output} = await run(context.siteDir);
      if (code !== 0 && REPORT_ONLY) {
        console.warn(
          `[manifests] MANIFESTS_CHECK=report: not failing the build on these problems.\n${output.split('\n').slice(-40).join('\n')}`,
        );
        return;
      }
      if (code !== 0) {
        throw new Error(
          `The manifest check failed (npm run check:manifests shows the same):\n${output}`,
        );
      }
    },
  };
}
