// Replaces the classic theme's CodeBlock so that Prism costs only the pages
// that show code.
//
// The MDX component map imports CodeBlock on every docs, knowledge-base and
// blog page, and Prism's start-up (prism-react-renderer defines its grammars
// one `insertBefore` at a time: about 120 ms in Lighthouse's mobile emulation)
// ran on all of them while the route's modules were evaluated. The
// highlighter is now its own module (Highlighted.tsx), imported by the pages
// that contain code; this component renders it once it is there.
//
// Code blocks also weigh less than prose in search: their text still matches
// (an error message, a field name), but a long manifest repeats `apiVersion`,
// `metadata` and `spec` on every page and would otherwise push the pages that
// explain a term below the pages that merely contain it.
import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

import {highlighter} from './highlighter';

/** Pagefind's weight for code (prose is 1, an h1 is 7). */
const CODE_WEIGHT = '0.5';

export default function CodeBlock(props: Props): ReactNode {
  const Highlighted = highlighter();
  if (!Highlighted) {
    throw new Error(
      'A code block rendered before its highlighter was imported. Markdown pages import it through the code-highlighting remark plugin; a React page that renders <CodeBlock> must `import "@site/src/theme/CodeBlock/Highlighted"`.',
    );
  }
  return (
    <div data-pagefind-weight={CODE_WEIGHT}>
      <Highlighted {...props} />
    </div>
  );
}
