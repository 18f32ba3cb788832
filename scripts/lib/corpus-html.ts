/**
 * The benchmark corpus (corpus.ts) written straight to HTML, for
 * `npm run search:bench`: the same knowledge-base answers, handbook pages in
 * three versions and blog posts, each page as the site renders it for the
 * index (data-pagefind-body and the search:* meta tags the theme wrappers
 * write), without a Docusaurus build, so thousands of pages are indexed in
 * seconds. The Markdown the generator writes is a small, known subset
 * (headings, paragraphs, lists, pipe tables, fenced code, links, inline
 * code); `markdownToHtml` renders that subset and nothing more.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {parse} from 'yaml';

import {
  indexMetaAttributes,
  type IndexedPageMetadata,
} from '../../src/lib/search/markup';
import {generateCorpus, slugify, type SiteFacts} from './corpus';

export interface HtmlCorpusOptions {
  /** Total pages; split 80 % knowledge base, 15 % docs (over three versions), 5 % blog. */
  readonly pages: number;
  readonly seed?: number;
}

export interface CorpusPage {
  /** URL path, a folder URL: `/kb/bench/networking/ingress-502-1/`. */
  readonly path: string;
  readonly title: string;
  readonly metadata: IndexedPageMetadata;
}

/** Where the corpus lives inside a site, so it never collides with real pages. */
export const CORPUS_SEGMENT = 'bench';

/** Docs versions of the corpus: the unreleased one and two releases. */
const VERSIONS = 3;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** HTML of the Markdown subset the corpus generator writes. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      html.push(`<p>${inline(paragraph.join(' '))}</p>`);
      paragraph = [];
    }
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const item = /^(-|\d+\.) (.*)$/.exec(line);
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.startsWith('```'); i += 1) {
        code.push(lines[i]!);
      }
      html.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
    } else if (heading) {
      flush();
      const level = heading[1]!.length;
      const text = heading[2]!;
      html.push(`<h${level} id="${slugify(text)}">${inline(text)}</h${level}>`);
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i += 1) {
        if (!/^\|[\s|:-]+\|$/.test(lines[i]!)) {
          rows.push(cells(lines[i]!));
        }
      }
      i -= 1;
      const [head, ...body] = rows;
      html.push(
        `<table><thead><tr>${head!.map((cell) => `<th>${inline(cell)}</th>`).join('')}</tr></thead><tbody>${body
          .map(
            (row) =>
              `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
      );
    } else if (item) {
      flush();
      const tag = item[1] === '-' ? 'ul' : 'ol';
      const items: string[] = [];
      for (; i < lines.length; i += 1) {
        const next = /^(-|\d+\.) (.*)$/.exec(lines[i]!);
        if (next) {
          items.push(next[2]!);
        } else if (/^\s+\S/.test(lines[i]!) && items.length > 0) {
          items[items.length - 1] += ` ${lines[i]!.trim()}`;
        } else {
          break;
        }
      }
      i -= 1;
      html.push(
        `<${tag}>${items.map((text) => `<li>${inline(text)}</li>`).join('')}</${tag}>`,
      );
    } else if (line.trim() === '' || line.startsWith('<!--')) {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return html.join('\n');
}

function splitFrontMatter(content: string): {
  data: Record<string, unknown>;
  body: string;
} {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  return match
    ? {
        data: (parse(match[1]!) ?? {}) as Record<string, unknown>,
        body: content.slice(match[0].length),
      }
    : {data: {}, body: content};
}

/** Where a generated source file would be published, and its index metadata. */
function placeOf(
  file: string,
  frontMatter: Record<string, unknown>,
  latest: string | undefined,
): {path: string; metadata: IndexedPageMetadata} | undefined {
  const kb = /^kb\/(.+)\.md$/.exec(file);
  if (kb) {
    return {
      path: `/kb/${CORPUS_SEGMENT}/${kb[1]}/`,
      metadata: {section: 'kb', tag: 'docs-kb-current'},
    };
  }
  const docs = /^(?:docs|versioned_docs\/version-([^/]+))\/(.+)\.md$/.exec(
    file,
  );
  if (docs) {
    const version = docs[1] ?? 'current';
    const prefix =
      version === 'current'
        ? '/docs/next'
        : version === latest
          ? '/docs'
          : `/docs/${version}`;
    return {
      path: `${prefix}/${CORPUS_SEGMENT}/${docs[2]}/`,
      metadata: {
        section: 'docs',
        tag: `docs-default-${version}`,
        versionLabel: version === 'current' ? 'Next' : version,
      },
    };
  }
  if (file.startsWith('blog/') && typeof frontMatter.slug === 'string') {
    return {
      path: `/blog/${CORPUS_SEGMENT}-${frontMatter.slug}/`,
      metadata: {section: 'blog', tag: 'default'},
    };
  }
  return undefined;
}

function page(
  title: string,
  metadata: IndexedPageMetadata,
  body: string,
): string {
  const meta = indexMetaAttributes(metadata)
    .map(
      (attributes) =>
        `<meta ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
          .join(' ')}>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | Baseplate</title>
${meta}
</head>
<body>
<nav class="navbar"><a href="/">Baseplate</a> <a href="/docs/">Docs</a> <a href="/kb/">Knowledge base</a> <a href="/blog/">Blog</a> <a href="/support/">Support</a></nav>
<main><article>
<div data-pagefind-body>
${body}
</div>
</article></main>
<footer>Use the platform · Get help · Contribute · © Northwind Logistics</footer>
</body>
</html>
`;
}

/** The corpus as HTML pages; `facts` are the site's (readSiteFacts). */
export function generateHtmlCorpus(
  options: HtmlCorpusOptions,
  facts: SiteFacts,
): Array<CorpusPage & {html: string}> {
  const kbAnswers = Math.round(options.pages * 0.8);
  const docsPages = Math.round((options.pages * 0.15) / VERSIONS);
  const corpus = generateCorpus(
    {
      kbAnswers,
      docsPages,
      versions: VERSIONS,
      blogPosts: options.pages - kbAnswers - docsPages * VERSIONS,
      seed: options.seed ?? 2026,
    },
    facts,
  );
  const latest = corpus.versions.released[0];
  const pages: Array<CorpusPage & {html: string}> = [];
  for (const file of corpus.files) {
    const {data, body} = splitFrontMatter(file.content);
    const place = placeOf(file.path, data, latest);
    if (!place) {
      continue;
    }
    const title = String(data.title);
    const content = body.trimStart().startsWith('# ')
      ? markdownToHtml(body)
      : `<h1>${escapeHtml(title)}</h1>\n${markdownToHtml(body)}`;
    pages.push({
      ...place,
      title,
      html: page(title, place.metadata, content),
    });
  }
  return pages;
}

/** Writes the corpus into a built site as `<path>/index.html`, as Docusaurus does with trailingSlash: true. */
export async function writeHtmlCorpus(
  siteDir: string,
  options: HtmlCorpusOptions,
  facts: SiteFacts,
): Promise<CorpusPage[]> {
  const pages = generateHtmlCorpus(options, facts);
  for (const {html, ...page} of pages) {
    const file = join(siteDir, page.path.slice(1), 'index.html');
    await mkdir(dirname(file), {recursive: true});
    await writeFile(file, html);
  }
  return pages.map(({html: _html, ...page}) => page);
}
