/**
 * What a build produced: every HTML page with its URL and size, and the
 * totals of the output folder. Pure helpers classify and summarise them.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

import {htmlFileToUrlPath} from '../../src/lib/search/paths';

export interface HtmlPage {
  /** URL path on a site served from /: "/", "/docs/", "/kb/gitops/sync/x/". */
  readonly path: string;
  readonly bytes: number;
}

export interface OutputTotals {
  readonly files: number;
  readonly bytes: number;
  readonly htmlBytes: number;
  readonly jsBytes: number;
  readonly cssBytes: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

export function readBuildOutput(buildDir: string): {
  pages: HtmlPage[];
  totals: OutputTotals;
} {
  const pages: HtmlPage[] = [];
  const totals = {files: 0, bytes: 0, htmlBytes: 0, jsBytes: 0, cssBytes: 0};
  for (const file of walk(buildDir)) {
    const {size} = statSync(file);
    totals.files += 1;
    totals.bytes += size;
    if (file.endsWith('.html')) {
      totals.htmlBytes += size;
      pages.push({
        path: htmlFileToUrlPath(relative(buildDir, file)),
        bytes: size,
      });
    } else if (file.endsWith('.js')) {
      totals.jsBytes += size;
    } else if (file.endsWith('.css')) {
      totals.cssBytes += size;
    }
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return {pages, totals};
}

export type PageKind =
  | 'home'
  | 'doc page'
  | 'knowledge-base answer'
  | 'blog post'
  | 'list or tag page'
  | 'custom page';

export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (
    /\/tags(\/|$)|^\/blog\/(page|archive|authors)(\/|$)|^\/blog\/?$/.test(path)
  ) {
    return 'list or tag page';
  }
  if (/^\/docs(\/|$)/.test(path)) return 'doc page';
  if (/^\/kb\/[^/]+\/.+/.test(path)) return 'knowledge-base answer';
  if (/^\/kb(\/|$)/.test(path)) return 'list or tag page';
  if (/^\/blog\/.+/.test(path)) return 'blog post';
  return 'custom page';
}

export interface KindSummary {
  readonly kind: PageKind;
  readonly pages: number;
  readonly medianBytes: number;
  readonly maxBytes: number;
  readonly largest: string;
}

export function summarizeByKind(pages: readonly HtmlPage[]): KindSummary[] {
  const groups = new Map<PageKind, HtmlPage[]>();
  for (const page of pages) {
    const kind = pageKind(page.path);
    groups.set(kind, [...(groups.get(kind) ?? []), page]);
  }
  return [...groups.entries()]
    .map(([kind, group]) => {
      const sorted = [...group].sort((a, b) => a.bytes - b.bytes);
      const largest = sorted.at(-1)!;
      return {
        kind,
        pages: group.length,
        medianBytes: sorted[Math.floor((sorted.length - 1) / 2)]!.bytes,
        maxBytes: largest.bytes,
        largest: largest.path,
      };
    })
    .sort((a, b) => b.pages - a.pages);
}

export function largestPages(
  pages: readonly HtmlPage[],
  count: number,
): HtmlPage[] {
  return [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

/** The built HTML file of a URL path (trailingSlash: false). */
export function htmlFileFor(buildDir: string, path: string): string {
  const candidates =
    path === '/'
      ? [join(buildDir, 'index.html')]
      : [join(buildDir, `${path}.html`), join(buildDir, path, 'index.html')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) {
    throw new Error(
      `The build has no HTML file for ${path} (looked for ${candidates.join(', ')})`,
    );
  }
  return file;
}

/**
 * Bytes of the docs sidebar in a page's HTML (the theme's
 * `theme-doc-sidebar-container` aside), 0 for pages without one: the part of
 * a docs or kb page that grows with the number of pages around it.
 */
export function sidebarBytes(html: string): number {
  const start = html.search(/<aside [^>]*class="?theme-doc-sidebar-container/);
  if (start === -1) {
    return 0;
  }
  const end = html.indexOf('</aside>', start);
  return Buffer.byteLength(
    html.slice(start, end === -1 ? undefined : end + '</aside>'.length),
  );
}
