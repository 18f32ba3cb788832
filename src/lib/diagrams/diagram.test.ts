import {describe, expect, test} from 'vitest';

import {checkAccessibleText, dropUnusedSymbols, renamePrefix} from './diagram';

describe('renamePrefix', () => {
  test('renames the ids of one diagram of a batch, not those of the tenth after it', () => {
    const svg =
      '<svg id="diagram-batch-3"><title id="chart-title-diagram-batch-3"></title>' +
      '<marker id="diagram-batch-3-arrowhead"></marker><g id="diagram-batch-30"></g></svg>';
    expect(renamePrefix(svg, 'diagram-batch-3', 'diagram-abc-0')).toBe(
      '<svg id="diagram-abc-0"><title id="chart-title-diagram-abc-0"></title>' +
        '<marker id="diagram-abc-0-arrowhead"></marker><g id="diagram-batch-30"></g></svg>',
    );
  });
});

describe('checkAccessibleText', () => {
  test('accepts a one-line accTitle and a block accDescr', () => {
    expect(() =>
      checkAccessibleText(
        'flowchart TD\n  accTitle: Flow\n  accDescr {\n    Two steps.\n  }\n  a --> b',
        'docs/a.md',
        4,
      ),
    ).not.toThrow();
  });

  test('names what is missing, where, and the fix', () => {
    expect(() =>
      checkAccessibleText(
        'sequenceDiagram\n  accTitle: Calls\n  a->>b: hi',
        'blog/post.md',
        12,
      ),
    ).toThrow(
      /^blog\/post\.md:12: the mermaid diagram has no accDescr\. .*"accDescr: /,
    );
  });
});

describe('dropUnusedSymbols', () => {
  test('keeps the symbols a <use> or a url() refers to and drops the rest', () => {
    const svg =
      '<svg><defs><symbol id="d-0-clock" width="24"><path d="M0"/></symbol>' +
      '<symbol id="d-0-database"><path d="M1"/></symbol>' +
      '<symbol id="d-0-computer"><path d="M2"/></symbol></defs>' +
      '<use href="#d-0-database"/><rect fill="url(#d-0-computer)"/></svg>';
    expect(dropUnusedSymbols(svg)).toBe(
      '<svg><defs><symbol id="d-0-database"><path d="M1"/></symbol>' +
        '<symbol id="d-0-computer"><path d="M2"/></symbol></defs>' +
        '<use href="#d-0-database"/><rect fill="url(#d-0-computer)"/></svg>',
    );
  });
});
