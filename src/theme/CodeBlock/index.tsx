// Replaces the classic theme's CodeBlock (a dozen lines) for two reasons:
//
// - The theme renders each block with `key={String(isBrowser)}`, so every block
//   is thrown away and rendered again right after hydration, to swap the light
//   theme's inline colours for the reader's mode: one long task that grows with
//   the code on the page. Colours come from CSS here
//   (src/plugins/code-highlighting), so the server's markup is right and is
//   kept.
// - Prism's additional languages are registered here, with the code blocks,
//   instead of in main.js on every page.
//
// Code blocks also weigh less than prose in search: their text still matches
// (an error message, a field name), but a long manifest repeats `apiVersion`,
// `metadata` and `spec` on every page and would otherwise push the pages that
// explain a term below the pages that merely contain it.
import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

/** Pagefind's weight for code (prose is 1, an h1 is 7). */
const CODE_WEIGHT = '0.5';

/** The text of the block when it is only text, so it can be copied and highlighted. */
function plainText(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return children;
  }
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children, ...props}: Props): ReactNode {
  const content = plainText(children);
  return (
    <div data-pagefind-weight={CODE_WEIGHT}>
      {typeof content === 'string' ? (
        <StringContent {...props}>{content}</StringContent>
      ) : (
        <ElementContent {...props}>{content}</ElementContent>
      )}
    </div>
  );
}
