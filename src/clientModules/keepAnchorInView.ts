/**
 * Keeps the heading a link points at (`…/custom-features#checklist`) where
 * the browser scrolled it while the content above it is still rendering.
 *
 * Mermaid diagrams render in the browser after the page is shown, and an
 * image without dimensions takes its height only when it loads: both push the
 * target down after the jump, by the whole height of a diagram on a slow
 * connection (facebook/docusaurus#9940). Until the reader scrolls, clicks,
 * touches or types, every change in the page's height scrolls the target back
 * into place; their first input hands the scroll back to them.
 */
import type {ClientModule} from '@docusaurus/types';

const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'];

let release: (() => void) | undefined;

function hashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) {
    return null;
  }
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    // A malformed escape (`#%E0%A4%A`) names no element.
    return null;
  }
}

function pin(target: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    target.scrollIntoView({block: 'start', inline: 'nearest'});
  });
  const stop = (): void => {
    observer.disconnect();
    for (const type of READER_INPUT) {
      window.removeEventListener(type, stop, true);
    }
  };
  // The page's root grows with its content (the body keeps the height of the
  // window). The first callback fires at once, where the browser already put
  // the target: it changes nothing.
  observer.observe(document.getElementById('__docusaurus') ?? document.body);
  for (const type of READER_INPUT) {
    window.addEventListener(type, stop, {capture: true, passive: true});
  }
  return stop;
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    release?.();
    const target = hashTarget(location.hash);
    release = target ? pin(target) : undefined;
  },
};

export default clientModule;
