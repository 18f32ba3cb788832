// Where the highlighted code block registers itself (see Highlighted.tsx).
import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';

let registered: ComponentType<Props> | undefined;

export function registerHighlighter(component: ComponentType<Props>): void {
  registered = component;
}

/** The highlighter, once a page with code has imported it. */
export function highlighter(): ComponentType<Props> | undefined {
  return registered;
}
