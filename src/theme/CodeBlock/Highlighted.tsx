// The code block with Prism, imported only by pages that contain code: the
// remark plugin in src/plugins/code-highlighting adds
// `import '@site/src/theme/CodeBlock/Highlighted'` to every Markdown page with
// a code block, so this module is evaluated with the page, before it renders,
// on the server and in the browser alike. A React page that renders
// <CodeBlock> imports this module itself.
//
// Colours come from CSS (src/plugins/code-highlighting), so unlike the classic
// theme's CodeBlock this renders once: the theme keys each block on
// `isBrowser` and re-creates it after hydration to swap the light theme's
// inline colours for the reader's mode.
import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

import {registerHighlighter} from './highlighter';

// The classic theme would do this in main.js, on every page.
prismIncludeLanguages(Prism);

/** The text of the block when it is only text, so it can be copied and highlighted. */
function plainText(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return children;
  }
  return Array.isArray(children) ? children.join('') : children;
}

export default function HighlightedCodeBlock({
  children,
  ...props
}: Props): ReactNode {
  const content = plainText(children);
  return typeof content === 'string' ? (
    <StringContent {...props}>{content}</StringContent>
  ) : (
    <ElementContent {...props}>{content}</ElementContent>
  );
}

registerHighlighter(HighlightedCodeBlock);
