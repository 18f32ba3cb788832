/**
 * A file a plugin wrote with `actions.createData`, named for a route's
 * `modules` by the `@generated` alias instead of its absolute path. The route
 * registry in main.js names every route module, so an absolute path would put
 * the build machine's folders in every reader's download.
 */
import path from 'node:path';

export function generatedModule(
  file: string,
  generatedFilesDir: string,
): string {
  const relative = path.relative(generatedFilesDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(
      `${file} is not in the generated files folder ${generatedFilesDir}: write it with actions.createData.`,
    );
  }
  return `@generated/${relative.split(path.sep).join('/')}`;
}
