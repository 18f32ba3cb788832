/**
 * Maps a built HTML file to the URL path a reader opens. Docusaurus with
 * `trailingSlash: false` writes `/docs/2025.2` to `docs/2025.2.html` and the
 * home page to `index.html`; with `trailingSlash: true` it writes
 * `docs/2025.2/index.html`.
 */

/** `kb/gitops/x.html` → `/kb/gitops/x`; `index.html` → `/`; `a/index.html` → `/a/`. */
export function htmlFileToUrlPath(relativeFile: string): string {
  const file = relativeFile.replaceAll('\\', '/').replace(/^\/+/, '');
  if (!file.endsWith('.html')) {
    throw new Error(`${relativeFile} is not an HTML file.`);
  }
  if (file === 'index.html') {
    return '/';
  }
  if (file.endsWith('/index.html')) {
    return `/${file.slice(0, -'index.html'.length)}`;
  }
  return `/${file.slice(0, -'.html'.length)}`;
}
