/**
 * Picks the pages to measure from the built sitemap, so the list follows the
 * content (and the pages other people add) instead of naming files.
 */

export interface MeasuredPage {
  readonly label: string;
  readonly path: string;
}

const VERSION_OR_TAGS = /^\/docs\/(next|\d{4}\.\d+|tags)(\/|$)/;

/** The path as the sitemap lists it, with or without the trailing slash. */
function listed(paths: readonly string[], path: string): string | undefined {
  return paths.find(
    (candidate) => candidate === path || candidate === `${path}/`,
  );
}

const depth = (path: string) => path.replace(/\/$/, '').split('/').length;

/**
 * A typical page of the latest docs release: the first one inside a section
 * (`/docs/ingress/tls`), else the first page of the release (`/docs`).
 */
export function typicalDocPage(paths: readonly string[]): string | undefined {
  const latest = paths.filter(
    (path) => /^\/docs(\/|$)/.test(path) && !VERSION_OR_TAGS.test(path),
  );
  return (
    latest.find((path) => depth(path) > 3) ??
    latest.find((path) => depth(path) > 2) ??
    latest[0]
  );
}

/** A knowledge-base answer: /kb/<topic>/.../<answer>, not a tag page. */
export function knowledgeBaseAnswer(
  paths: readonly string[],
): string | undefined {
  return paths.find((path) => /^\/kb\/(?!tags(\/|$))[^/]+\/.+$/.test(path));
}

/**
 * Whether a page's HTML holds a diagram drawn at build time
 * (`<figure class="diagram">`, src/plugins/diagrams). The minified HTML drops
 * the quotes of a one-word attribute value.
 */
export function hasDiagramMarkup(html: string): boolean {
  return /<figure\b[^>]*\bclass="?diagram[\s">]/.test(html);
}

/**
 * A page of the latest docs release with a diagram (drawn at build time), and
 * a typical one without, to compare what a diagram costs.
 */
export function docPagesByDiagram(
  paths: readonly string[],
  hasDiagram: (path: string) => boolean,
): {plain: string | undefined; diagram: string | undefined} {
  const latest = paths.filter(
    (path) => /^\/docs(\/|$)/.test(path) && !VERSION_OR_TAGS.test(path),
  );
  const withDiagram = latest.filter(hasDiagram);
  const plain = latest.filter((path) => !withDiagram.includes(path));
  return {plain: typicalDocPage(plain), diagram: typicalDocPage(withDiagram)};
}

/**
 * The pages Lighthouse audits: the home page, a doc page without a diagram
 * and one with, a knowledge-base answer, /support and /rent-an-engineer.
 * Throws when the sitemap lacks one, naming it, since a silently shorter list
 * would hide a regression.
 */
export function lighthousePages(
  paths: readonly string[],
  hasDiagram: (path: string) => boolean,
): MeasuredPage[] {
  const docs = docPagesByDiagram(paths, hasDiagram);
  const wanted: [string, string | undefined][] = [
    ['home page', listed(paths, '')],
    ['doc page', docs.plain],
    ['doc page with a diagram', docs.diagram],
    ['knowledge-base answer', knowledgeBaseAnswer(paths)],
    ['support', listed(paths, '/support')],
    ['rent an engineer', listed(paths, '/rent-an-engineer')],
  ];
  const missing = wanted.filter(([, path]) => path === undefined);
  if (missing.length > 0) {
    throw new Error(
      `sitemap.xml has no ${missing.map(([label]) => label).join(', ')}: build the site with "npm run build" and check that these pages exist.`,
    );
  }
  return wanted.map(([label, path]) => ({label, path: path!}));
}
