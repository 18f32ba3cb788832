/**
 * Rspack's persistent cache (Docusaurus' `future.faster`) keeps resolved
 * modules and loader output until one of its build dependencies changes, and
 * Docusaurus lists only itself and the site's config. A plugin that changes
 * how modules are built (a loader, a remark plugin, a bundler rule) adds its
 * own files, or a changed plugin would build from stale cache entries.
 */
import type {Configuration} from 'webpack';

export function addCacheBuildDependencies(
  config: Configuration,
  files: readonly string[],
): void {
  const cache = (
    config.experiments as {cache?: {buildDependencies?: string[]}} | undefined
  )?.cache;
  if (cache && typeof cache === 'object') {
    cache.buildDependencies = [...(cache.buildDependencies ?? []), ...files];
  }
}
