// Client module of the code-highlighting plugin (see
// ./theme/CodeBlock/highlighter.ts).
import type {ClientModule} from '@docusaurus/types';

import {hydrationDone, loadHighlighter} from './theme/CodeBlock/highlighter';

/**
 * A client-side navigation is starting: the next page is rendered by the
 * browser, so start loading Prism alongside its route (once per visit).
 */
export const onRouteUpdate: ClientModule['onRouteUpdate'] = ({
  previousLocation,
  location,
}) => {
  if (previousLocation && previousLocation.pathname !== location.pathname) {
    void loadHighlighter();
  }
};

/** The first render is over: code blocks rendered from now on are the browser's own. */
export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = () => {
  hydrationDone();
};
