/**
 * One YAML code block as documents with positions, so every problem names
 * the line of the field inside the page, not only the fence.
 */
import {
  isCollection,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
} from 'yaml';

export type PathPart = string | number;

export interface YamlDocument {
  readonly value: unknown;
  /** 1-based line in the page of the node at `path` (or its nearest parent). */
  lineOf(path: readonly PathPart[]): number;
}

export interface ParsedBlock {
  readonly documents: readonly YamlDocument[];
  /** Syntax errors, each with its line in the page. */
  readonly errors: readonly {readonly line: number; readonly message: string}[];
}

/**
 * Parses a block whose first line is `firstLine` of the page (the line after
 * the fence). Empty documents (a trailing `---`, comments only) are dropped.
 */
export function parseBlock(source: string, firstLine: number): ParsedBlock {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(source, {lineCounter, uniqueKeys: true});
  const list = Array.isArray(documents) ? documents : [documents];
  const pageLine = (offset: number) =>
    firstLine + lineCounter.linePos(offset).line - 1;
  const errors = list.flatMap((document) =>
    document.errors.map((error) => ({
      line: pageLine(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
    })),
  );
  if (errors.length > 0) {
    return {documents: [], errors};
  }
  return {
    errors: [],
    documents: list
      .filter((document) => document.contents !== null)
      .map((document: Document.Parsed) => ({
        value: document.toJS({maxAliasCount: 100}) as unknown,
        lineOf(path: readonly PathPart[]): number {
          for (let length = path.length; length >= 0; length -= 1) {
            const node = (
              length === 0
                ? document.contents
                : document.getIn(path.slice(0, length), true)
            ) as Node | undefined | null;
            if (
              node &&
              typeof node === 'object' &&
              'range' in node &&
              node.range
            ) {
              // For a collection, the line of its key is more useful: the
              // parent pair's key is found by asking one level up.
              if (isCollection(node) && length > 0) {
                const parent = (
                  length === 1
                    ? document.contents
                    : document.getIn(path.slice(0, length - 1), true)
                ) as Node | null | undefined;
                if (parent && isCollection(parent)) {
                  const key = path[length - 1];
                  const pair = (
                    parent.items as {
                      key?: {value?: unknown; range?: number[]};
                    }[]
                  ).find(
                    (item) =>
                      item &&
                      typeof item === 'object' &&
                      'key' in item &&
                      (item.key?.value ?? item.key) === key,
                  );
                  if (pair?.key?.range?.[0] !== undefined) {
                    return pageLine(pair.key.range[0]);
                  }
                }
              }
              return pageLine(node.range[0]);
            }
          }
          return firstLine;
        },
      })),
  };
}
