// Where the Prism highlighter (Tokens.tsx) is registered once loaded, and
// whether the code blocks being rendered can keep the server's highlighting.
//
// A page opened by its address arrives highlighted: the server ran Prism. The
// browser hydrates each code block around the server's HTML without running
// Prism again (src/theme/CodeBlock/Content), so a page load never loads it.
// Prism is only needed for pages rendered in the browser: after a client-side
// navigation, or in `docusaurus start`. It starts loading when the first
// client-side navigation starts (the code-highlighting plugin's client
// module), or when a code block mounts without it.
//
// Not imported by each page that shows code: one more import in each of 4,000
// Markdown pages made the build's peak memory 1.5 GB larger (measured).
import {useSyncExternalStore, type ComponentType} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

import type {LinesProps} from './Lines';

export type TokensProps = {
  code: string;
  language: string;
  lineClassNames: LinesProps['lineClassNames'];
  showLineNumbers: boolean;
};

let registered: ComponentType<TokensProps> | undefined;
let loading: Promise<unknown> | undefined;
const listeners = new Set<() => void>();

export function registerHighlighter(
  component: ComponentType<TokensProps>,
): void {
  registered = component;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): ComponentType<TokensProps> | undefined {
  return registered;
}

/**
 * The highlighter, once loaded; the component re-renders when it arrives. The
 * server snapshot is the same function, so hydration sees what the client has
 * and React renders no second pass for it.
 */
export function useHighlighter(): ComponentType<TokensProps> | undefined {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Starts loading the highlighter in the browser (once). */
export function loadHighlighter(): Promise<unknown> {
  loading ??= import('./Tokens');
  return loading;
}

// A page opened by its address hydrates the server's HTML; `docusaurus start`
// renders an empty root. The client modules run before the first render.
let hydrating =
  ExecutionEnvironment.canUseDOM &&
  Boolean(document.getElementById('__docusaurus')?.hasChildNodes());

/** True while React hydrates the server's HTML of the page first opened. */
export function isHydrating(): boolean {
  return hydrating;
}

/** Called once the first page has been rendered (see the plugin's client module). */
export function hydrationDone(): void {
  hydrating = false;
}
