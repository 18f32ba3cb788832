/**
 * The diagrams plugin with the real renderer: Mermaid in the machine's
 * Chromium (CHROMIUM_PATH or /usr/bin/chromium), drawing into a cache folder
 * of the test's own, and the page rendered as the server renders it (each
 * drawing's file imported as its address, ./Diagram.tsx showing it).
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {compile} from '@mdx-js/mdx';
import type {Element, Root as HastRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {toHtml} from 'hast-util-to-html';
import {createElement} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {VFile} from 'vfile';
import {afterAll, describe, expect, test} from 'vitest';

import remarkDiagrams, {DIAGRAM_COMPONENT, DRAWING_EXTENSION} from './remark';
import {createDraw, type Draw} from './render';

const themes = {light: {theme: 'neutral'}, dark: {theme: 'dark'}};

const FLOWCHART = [
  'flowchart TD',
  '  accTitle: How a change ships',
  '  accDescr: A merged pull request is applied by Argo CD.',
  '  pr[Pull request] -->|merged| argo[Argo CD]',
].join('\n');

const SEQUENCE = [
  'sequenceDiagram',
  '  accTitle: Who calls whom',
  '  accDescr: The developer pushes, the registry answers.',
  '  actor Dev as Developer',
  '  Dev->>Registry: push image',
  '  Registry-->>Dev: digest',
].join('\n');

const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\``;

const cacheDir = mkdtempSync(path.join(tmpdir(), 'diagrams-test-'));
const filesDir = mkdtempSync(path.join(tmpdir(), 'diagrams-files-'));
afterAll(() => {
  rmSync(cacheDir, {recursive: true, force: true});
  rmSync(filesDir, {recursive: true, force: true});
});

/** The page's script, as MDX compiles it for Docusaurus. */
async function compiled(
  markdown: string,
  draw: Draw,
  fallback = false,
  outputFormat: 'program' | 'function-body' = 'program',
): Promise<string> {
  const file = new VFile({path: 'docs/example.md', value: markdown});
  return String(
    await compile(file, {
      outputFormat,
      baseUrl: import.meta.url,
      remarkPlugins: [[remarkDiagrams, {themes, draw, fallback, filesDir}]],
    }),
  );
}

/** Where the test's page finds a drawing's file: its address ends in its name. */
const ADDRESS = '/assets/diagrams/';

/**
 * The page as the server renders it: through MDX, as Docusaurus does, and
 * React, with the bundles' imports (a drawing's file is its address).
 */
async function toHast(
  markdown: string,
  draw: Draw,
  fallback = false,
): Promise<HastRoot> {
  const body = (
    await compiled(markdown, draw, fallback, 'function-body')
  ).replaceAll('import(', 'arguments[0].serverImport(');
  const serverImport = async (specifier: string) => {
    if (specifier === DIAGRAM_COMPONENT) {
      return import('./Diagram');
    }
    if (specifier.endsWith(DRAWING_EXTENSION)) {
      return {default: `${ADDRESS}${path.basename(fileURLToPath(specifier))}`};
    }
    throw new Error(`the page imports ${specifier}`);
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined)
    .constructor as new (
    body: string,
  ) => (scope: object) => Promise<{default: () => unknown}>;
  const {default: Content} = await new AsyncFunction(body)({
    ...runtime,
    serverImport,
  });
  return fromHtml(renderToStaticMarkup(createElement(Content as () => null)), {
    fragment: true,
  });
}

const textOf = (root: HastRoot, selector: string): string | undefined => {
  const node = select(selector, root);
  return node ? toHtml(node.children) : undefined;
};

describe('remark diagrams', () => {
  const draw = createDraw(cacheDir);
  let page: HastRoot;

  /** The drawing an image shows, parsed from its file. */
  const drawingOf = (image: Element): Element => {
    const name = String(image.properties.src).slice(ADDRESS.length);
    const svg = fromHtml(readFileSync(path.join(filesDir, name), 'utf8'), {
      fragment: true,
    }).children[0];
    if (svg?.type !== 'element' || svg.tagName !== 'svg') {
      throw new Error(`${name} holds no <svg>`);
    }
    return svg;
  };

  test('draws a flowchart and a sequence diagram, each in both colour modes', async () => {
    page = await toHast(
      `# Example\n\n${fence(FLOWCHART)}\n\nText between.\n\n${fence(SEQUENCE)}\n`,
      draw,
    );
    const figures = selectAll('figure.diagram', page);
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      const images = selectAll(':scope > img', figure);
      expect(
        images.map((image) => (image.properties.className as string[]).at(-1)),
      ).toEqual(['diagramLight', 'diagramDark']);
      // The two modes are drawn with different themes, each in its file.
      const [light, dark] = images.map(drawingOf);
      expect(light!.properties.dataMode).toBe('light');
      expect(dark!.properties.dataMode).toBe('dark');
      const [lightStyle, darkStyle] = [light, dark].map((svg) =>
        textOf(svg as never, 'style'),
      );
      expect(lightStyle).toBeTruthy();
      expect(darkStyle).not.toBe(lightStyle);
      // The page gives each image its size: nothing moves when it loads.
      for (const image of images) {
        expect(Number(image.properties.width)).toBeGreaterThan(100);
        expect(Number(image.properties.height)).toBeGreaterThan(10);
      }
    }
    // No code block of the source is left.
    expect(select('pre', page)).toBeUndefined();
  }, 120_000);

  test('names each drawing by its accTitle and describes it by its accDescr', () => {
    const expected = [
      ['How a change ships', 'A merged pull request is applied by Argo CD.'],
      ['Who calls whom', 'The developer pushes, the registry answers.'],
    ];
    const images = selectAll('img', page);
    expect(images).toHaveLength(4);
    images.forEach((image, i) => {
      const [title, description] = expected[Math.floor(i / 2)]!;
      expect(image.properties.alt).toBe(title);
      const describedBy = String(image.properties.ariaDescribedBy);
      expect(textOf(page, `[id="${describedBy}"]`)).toBe(description);
      // The file, opened on its own, says the same.
      const svg = drawingOf(image);
      expect(svg.properties.role).toBe('img');
      // Mermaid's "flowchart-v2" would be read out as what the image is.
      expect(svg.properties.ariaRoleDescription).toBeUndefined();
      const labelledBy = String(svg.properties.ariaLabelledBy);
      const svgDescribedBy = String(svg.properties.ariaDescribedBy);
      expect(textOf(svg as never, `[id="${labelledBy}"]`)).toBe(title);
      expect(textOf(svg as never, `[id="${svgDescribedBy}"]`)).toBe(
        description,
      );
    });
  });

  test('gives the page no script, and each file no script and only what it uses', () => {
    expect(selectAll('script', page)).toHaveLength(0);
    for (const image of selectAll('img', page)) {
      const svg = drawingOf(image);
      expect(toHtml(svg)).not.toMatch(/<script|\son[a-z]+=/i);
      // The sequence diagram's unused participant icons are left out.
      expect(selectAll('symbol', svg)).toHaveLength(0);
      // The stylesheet selects in its own drawing.
      const style = textOf(svg as never, 'style') ?? '';
      const selected = (style.match(/#[\w-]+/g) ?? []).filter(
        (match) => !/^#[0-9a-f]{3,8}$/i.test(match),
      );
      expect(selected.length).toBeGreaterThan(0);
      for (const id of selected) {
        expect(id.startsWith(`#${String(svg.properties.id)}`), id).toBe(true);
      }
    }
  });

  test('a diagram shown twice on one page gets an id of its own the second time', async () => {
    const twice = await toHast(
      `${fence(FLOWCHART)}\n\n${fence(FLOWCHART)}\n`,
      draw,
    );
    const ids = selectAll('[id]', twice).map((node) =>
      String(node.properties.id),
    );
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const [first, second] = selectAll('figure', twice) as Element[];
    // The same files.
    const sources = (figure: Element) =>
      selectAll('img', figure).map((image) => image.properties.src);
    expect(sources(second!)).toEqual(sources(first!));
  }, 60_000);

  test("writes each drawing to a file the page imports, and the page's script holds none", async () => {
    // Two diagrams in two modes.
    const files = readdirSync(filesDir).filter((name) =>
      name.endsWith(DRAWING_EXTENSION),
    );
    expect(files).toHaveLength(4);
    const script = await compiled(
      `${fence(FLOWCHART)}\n\n${fence(SEQUENCE)}\n`,
      draw,
    );
    for (const name of files) {
      expect(script).toContain(name);
      const svg = readFileSync(path.join(filesDir, name), 'utf8');
      expect(svg).toMatch(
        /^<svg\b[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
    }
    expect(script).not.toMatch(/<svg|<path|foreignObject/);
    expect(script).toContain(`from "${DIAGRAM_COMPONENT}"`);
    expect(script).toContain('title: "How a change ships"');
  });

  test('draws from the cache: a rebuild needs no browser', async () => {
    // Two diagrams, two themes.
    expect(
      readdirSync(cacheDir).filter((name) => name.endsWith('.json')),
    ).toHaveLength(4);
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = path.join(cacheDir, 'no-such-chromium');
    try {
      const again = await toHast(fence(SEQUENCE), createDraw(cacheDir));
      expect(selectAll('img[alt="Who calls whom"]', again)).toHaveLength(2);
      await expect(
        toHast(
          fence(`${FLOWCHART}\n  argo --> ns[Namespace]`),
          createDraw(cacheDir),
        ),
      ).rejects.toThrow(/docs\/example\.md:1: .*CHROMIUM_PATH points at/s);
    } finally {
      if (previous === undefined) {
        delete process.env.CHROMIUM_PATH;
      } else {
        process.env.CHROMIUM_PATH = previous;
      }
    }
  });

  test('a diagram without accTitle or accDescr fails, naming the file, the line and the fix', async () => {
    await expect(
      toHast(`# Title\n\n${fence('flowchart TD\n  a --> b')}\n`, draw),
    ).rejects.toThrow(
      /docs\/example\.md:3: the mermaid diagram has no accTitle and no accDescr\..*add, below its first line, "accTitle:/s,
    );
  });

  test('with the fallback, a diagram that cannot be drawn shows its source under a note', async () => {
    const broken: Draw = async () => {
      throw new Error(
        'No Chromium found: install Debian\'s "chromium" package',
      );
    };
    const shown = await toHast(fence(FLOWCHART), broken, true);
    expect(select('figure', shown)).toBeUndefined();
    expect(toHtml(shown)).toContain(
      'This diagram could not be drawn (No Chromium found',
    );
    expect(textOf(shown, 'pre > code.language-mermaid')).toContain(
      'accTitle: How a change ships',
    );
  });
});
