// Types of scripts/build.mjs, for its tests.
export declare const LARGE_SITE_PAGES: number;
export declare function countPages(dir: string): number;
export declare function splitBuild(
  env: Readonly<Record<string, string | undefined>>,
  pages: number,
): boolean;
export declare function routeSources(
  routesChunkNames: Record<string, Record<string, unknown>>,
  registry: string,
): Map<string, string>;
export declare function explainBrokenLinks(
  report: string,
  sources: ReadonlyMap<string, string>,
): string;
