/**
 * Checks the Markdown body of an answer on its syntax tree, parsed with the
 * toolchain the site itself uses (unified, remark-parse, remark-gfm). Answers
 * are plain Markdown: whatever would run code or inject markup in a reader's
 * browser is refused, as are snippets a reader cannot copy as they are.
 */
import type {Nodes, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {parseAllDocuments} from 'yaml';

export interface BodyProblem {
  /** 1-based line in the body (the caller adds the front matter's lines). */
  readonly line: number;
  readonly message: string;
}

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}

/** URL schemes a link or an image may use; relative and fragment URLs have none. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see: it drops ASCII whitespace and control
 * characters anywhere in a URL (`java\tscript:` is `javascript:`).
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match?.[1]?.toLowerCase();
}

const HTML_FIX =
  "answers are plain Markdown, because HTML would run in every reader's browser; write it in Markdown, or put markup you want to show in a fenced code block";

function describeHtml(value: string): string {
  const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(value.trim())?.[1];
  if (/<script\b/i.test(value)) {
    return 'a <script> element';
  }
  const handler = /\s(on[a-z]+)\s*=/i.exec(value)?.[1];
  if (handler) {
    return `an event-handler attribute (${handler}=) in raw HTML`;
  }
  if (/^<>|^<\/>/.test(value.trim()) || (tag && /^[A-Z]/.test(tag))) {
    return `a JSX component (${tag ? `<${tag}>` : 'a fragment'})`;
  }
  if (value.trim().startsWith('<!--')) {
    return 'an HTML comment';
  }
  return `raw HTML${tag ? ` (<${tag}>)` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Kubernetes-object rule for ```yaml blocks: every object has apiVersion, kind and metadata.name. */
export function checkYamlSnippet(code: string): string[] {
  const problems: string[] = [];
  parseAllDocuments(code).forEach((document, index) => {
    const which = `document ${index + 1} of the yaml block`;
    if (document.errors.length > 0) {
      const reason = document.errors[0]!.message.split('\n')[0];
      problems.push(
        `${which} is not valid YAML (${reason}): readers copy these snippets, so fix the indentation or quoting`,
      );
      return;
    }
    const value: unknown = document.toJS();
    if (!isRecord(value) || !('apiVersion' in value || 'kind' in value)) {
      return;
    }
    // A kustomization.yaml is read by kustomize, not applied: it needs no name.
    if (value.kind === 'Kustomization') {
      return;
    }
    const missing = [
      typeof value.apiVersion === 'string' ? undefined : 'apiVersion',
      typeof value.kind === 'string' ? undefined : 'kind',
      isRecord(value.metadata) && typeof value.metadata.name === 'string'
        ? undefined
        : 'metadata.name',
    ].filter((field) => field !== undefined);
    if (missing.length > 0) {
      const kind = typeof value.kind === 'string' ? ` (${value.kind})` : '';
      problems.push(
        `the Kubernetes object${kind} in ${which} has no ${missing.join(', ')}: give every object apiVersion, kind and metadata.name, so a reader can apply it as it is`,
      );
    }
  });
  return problems;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Every problem in an answer's body, in document order. */
export function checkBody(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (node: Nodes, message: string) =>
    problems.push({line: lineOf(node), message});

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        report(node, `${describeHtml(node.value)} is not allowed: ${HTML_FIX}`);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = urlScheme(node.url);
        if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
          const what = node.type === 'image' ? 'an image' : 'a link';
          report(
            node,
            `${what} to a "${scheme}:" URL is not allowed: link to http(s) pages, mailto: addresses or paths on this site`,
          );
        }
        break;
      }
      case 'heading':
        if (node.depth === 1) {
          report(
            node,
            'a level-1 heading ("# …") is not needed: the page title comes from the front matter "title"; start sections with "##"',
          );
        }
        break;
      case 'paragraph': {
        const first = node.children[0];
        if (first?.type === 'text' && /^(import|export)\b/.test(first.value)) {
          report(
            node,
            'a paragraph that starts with "import" or "export" is MDX code, not Markdown: put commands in a fenced code block, or reword the sentence',
          );
        }
        break;
      }
      case 'text':
        if (/\{[^}\n]*\}/.test(node.value)) {
          report(
            node,
            'curly braces {…} in text look like an MDX expression: put code, paths and placeholders in `backticks`',
          );
        }
        break;
      case 'code':
        // A block declared a fragment, plain YAML or a counter-example is the
        // manifest check's (src/lib/manifests), which knows what each may hold.
        if (
          (node.lang === 'yaml' || node.lang === 'yml') &&
          !/(^|\s)(fragment|plain|fails=)/.test(node.meta ?? '')
        ) {
          for (const message of checkYamlSnippet(node.value)) {
            report(node, message);
          }
        }
        break;
      default:
        break;
    }
    if ('children' in node) {
      for (const child of node.children) {
        visit(child);
      }
    }
  };
  visit(parseMarkdown(body));
  return problems;
}
