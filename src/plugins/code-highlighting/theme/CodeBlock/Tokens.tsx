// The lines of a code block, highlighted by Prism: rendered by the server for
// every page, and in the browser only for pages it renders itself (see
// highlighter.ts). This module is the only one that imports Prism.
import type {ReactNode} from 'react';
import {Highlight, Prism} from 'prism-react-renderer';
import {usePrismTheme} from '@docusaurus/theme-common';
import prismIncludeLanguages from '@theme/prism-include-languages';

import {registerHighlighter, type TokensProps} from './highlighter';
import Lines from './Lines';

// The classic theme would do this in main.js, on every page.
prismIncludeLanguages(Prism);

export default function Tokens({
  code,
  language,
  lineClassNames,
  showLineNumbers,
}: TokensProps): ReactNode {
  // Style-less (colours come from CSS): see src/plugins/code-highlighting.
  const theme = usePrismTheme();
  return (
    <Highlight theme={theme} code={code} language={language}>
      {({tokens, getLineProps, getTokenProps}) => (
        <Lines
          lines={tokens}
          getLineProps={getLineProps}
          getTokenProps={getTokenProps}
          lineClassNames={lineClassNames}
          showLineNumbers={showLineNumbers}
        />
      )}
    </Highlight>
  );
}

registerHighlighter(Tokens);
