// Replaces the classic theme's CodeBlock so that Prism costs only the pages
// the browser renders with code (see ./highlighter.ts), and so that code
// weighs less than prose in search: its text still matches (an error message,
// a field name), but a long manifest repeats `apiVersion`, `metadata` and
// `spec` on every page and would otherwise push the pages that explain a term
// below the pages that merely contain it.
import {Children, isValidElement, type ReactNode} from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

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
