/**
 * Checks that a build is served as it is by any static host (GitHub Pages,
 * nginx with `try_files $uri $uri/`, S3 and CloudFront, Netlify, Vercel):
 * every address in sitemap.xml is a folder with an index.html, and no page is
 * written as `name.html` beside a folder `name/` (those hosts find the folder
 * first and answer 404, a listing or a blank page).
 *
 * Usage: npx tsx scripts/check-static-urls.ts [build]   (the deploy workflow
 * runs it; e2e/build-output.spec.ts runs it on every test build)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? allFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** Problems, one line each, naming the file or address and the fix. */
export function staticUrlProblems(buildDir: string): string[] {
  const files = allFiles(buildDir);
  const published = new Set(files);
  const folders = new Set(
    files.flatMap((file) => {
      const parts = file.split('/').slice(0, -1);
      return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    }),
  );
  const problems = files
    .filter((file) => file.endsWith('.html') && folders.has(file.slice(0, -5)))
    .map(
      (file) =>
        `${file} sits beside the folder ${file.slice(0, -5)}/: static hosts serve the folder. Fix: keep trailingSlash: true in docusaurus.config.ts, or move the page to ${file.slice(0, -5)}/index.html.`,
    );
  const sitemap = join(buildDir, 'sitemap.xml');
  if (!existsSync(sitemap)) {
    return [
      ...problems,
      `${sitemap} does not exist: run "npm run build" first.`,
    ];
  }
  const xml = readFileSync(sitemap, 'utf8');
  const base = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  // The sitemap's paths include the base URL; the build's files do not.
  const baseUrl =
    base.find((path) => !base.some((other) => !other.startsWith(path))) ?? '/';
  for (const path of base) {
    const file = `${path.slice(baseUrl.length)}index.html`;
    if (!path.endsWith('/') || !published.has(file)) {
      problems.push(
        `${path} (sitemap.xml) is not served as it is: ${path.endsWith('/') ? `${file} is missing` : 'it has no trailing slash'}. Fix: keep trailingSlash: true in docusaurus.config.ts.`,
      );
    }
  }
  return problems;
}

if (require.main === module) {
  const buildDir = resolve(process.argv[2] ?? 'build');
  const problems = staticUrlProblems(buildDir);
  for (const problem of problems) {
    console.error(problem);
  }
  if (problems.length > 0) {
    process.exit(1);
  }
  console.log(
    `${buildDir}: every sitemap address is a folder with an index.html.`,
  );
}
