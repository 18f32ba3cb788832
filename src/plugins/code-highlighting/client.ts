// Client module: the first render is over once the first route has updated,
// so code blocks rendered from now on are the browser's own (see
// src/theme/CodeBlock/highlighter.ts).
import {hydrationDone} from '../../theme/CodeBlock/highlighter';

export function onRouteDidUpdate(): void {
  hydrationDone();
}
