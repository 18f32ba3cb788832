/**
 * Reads the fenced code blocks of Markdown files through a real Markdown
 * parser (unified + remark-parse + remark-gfm), so a fence inside a list, a
 * table cell or an indented block is found exactly as Docusaurus renders it,
 * and a "```yaml" inside another block's text is not. Shared by the YAML
 * snippet test and the manifest check (src/lib/manifests).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {Code, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

export interface CodeBlock {
  /** `docs/standards/ingress.md:42`: the file and the line the fence opens on. */
  readonly location: string;
  readonly lang: string | null;
  /** What follows the language on the fence line (`title="a.yaml" fragment`), or null. */
  readonly meta: string | null;
  readonly value: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

function codeNodes(node: Root | Root['children'][number]): Code[] {
  if (node.type === 'code') {
    return [node];
  }
  return 'children' in node
    ? node.children.flatMap((child) => codeNodes(child))
    : [];
}

/** Every fenced or indented code block of one Markdown (or MDX) text. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  // Front matter is a YAML block of its own and not part of the page's code.
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (match) =>
    '\n'.repeat(match.split('\n').length - 1),
  );
  const tree = parser.parse(body);
  return codeNodes(tree).map((node) => ({
    location: `${file}:${node.position?.start.line ?? 0}`,
    lang: node.lang ?? null,
    meta: node.meta ?? null,
    value: node.value,
  }));
}

/** Markdown and MDX files below `dir`, as paths relative to `root`. */
export function markdownFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) {
    return [];
  }
  return readdirSync(join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => relative(root, join(root, dir, name)))
    .sort();
}

export function codeBlocksIn(
  root: string,
  dirs: readonly string[],
): CodeBlock[] {
  return dirs.flatMap((dir) =>
    markdownFiles(root, dir).flatMap((file) =>
      codeBlocks(readFileSync(join(root, file), 'utf8'), file),
    ),
  );
}
