/**
 * Platform versions as answers name them. Apart from context.ts, which checks
 * entries with zod and YAML at build time: the answer page imports this in the
 * browser, and importing context.ts there cost every answer 40 KiB of
 * compressed JavaScript.
 */

/** The unreleased platform version, published at /docs/next. */
export const NEXT_VERSION = 'next';

/** How readers see a version: `Next` for the unreleased one. */
export function versionLabel(version: string): string {
  return version === NEXT_VERSION ? 'Next' : version;
}
