// Called by every page that shows code when its module is evaluated: Markdown
// pages through the code-highlighting remark plugin, React pages by hand
// (`needsHighlighter()` at the top level of the page's module).
import {isHydrating, loadHighlighter} from './highlighter';

// True in the server bundle only (a constant the code-highlighting plugin
// defines), where Prism must be there before the page renders; the browser's
// bundle drops the import.
if (process.env.CODE_HIGHLIGHTING_SERVER) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./Tokens');
}

/**
 * In the browser, starts loading Prism when the page's route is loaded for a
 * client-side navigation (Docusaurus preloads a route when a link is hovered
 * or focused). The page the reader opened keeps the server's highlighting and
 * loads nothing.
 */
export function needsHighlighter(): true {
  if (!isHydrating() && !process.env.CODE_HIGHLIGHTING_SERVER) {
    void loadHighlighter();
  }
  return true;
}
