// The classic theme's code block content, without Prism in the browser for
// the page a reader opens: the server highlighted it, and hydration keeps the
// server's lines as they are (see ../highlighter.ts). Blocks the browser
// renders itself, after a client-side navigation, get Prism's lines (Tokens),
// or plain lines for the moment Prism takes to load.
//
// The `<pre>` and `<code>` are the theme's (same classes, word-wrap ref, line
// numbering), so the toolbar, line numbers and word wrap work unchanged.
import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import type {
  LineInputProps,
  LineOutputProps,
  Token,
  TokenInputProps,
  TokenOutputProps,
} from 'prism-react-renderer';

import {
  isHydrating,
  loadHighlighter,
  useHighlighter,
  type TokensProps,
} from '../highlighter';
import Lines from '../Lines';
import styles from './styles.module.css';

// The server renders every block with Prism: it is part of the server bundle
// only (the code-highlighting plugin defines this constant; the browser's
// bundle drops the import and loads Prism on demand).
if (process.env.CODE_HIGHLIGHTING_SERVER) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../Tokens');
}

// What prism-react-renderer returns for a style-less theme, for plain lines.
function lineProps({
  className,
  line: _line,
  style: _style,
  ...rest
}: LineInputProps): LineOutputProps {
  return {...rest, className: clsx('token-line', className)};
}
function tokenProps({
  token,
  className,
  style: _style,
  ...rest
}: TokenInputProps): TokenOutputProps {
  return {
    ...rest,
    className: clsx('token', ...token.types, className),
    children: token.content,
  };
}

/** The code as unhighlighted lines, shaped like Prism's. */
function PlainLines({
  code,
  lineClassNames,
  showLineNumbers,
}: TokensProps): ReactNode {
  const lines = code
    .split(/\r\n|\r|\n/)
    .map((text): Token[] => [
      {types: ['plain'], content: text || '\n', empty: !text},
    ]);
  return (
    <Lines
      lines={lines}
      getLineProps={lineProps}
      getTokenProps={tokenProps}
      lineClassNames={lineClassNames}
      showLineNumbers={showLineNumbers}
    />
  );
}

export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {code, lineNumbersStart, lineClassNames} = metadata;
  const language = metadata.language.toLowerCase();
  const Tokens = useHighlighter();
  // A block hydrated from the server's HTML keeps it for as long as it shows
  // the same code (`docusaurus start` replaces code in place).
  const [serverCode] = useState(() => (isHydrating() ? code : undefined));
  const keepServerLines = serverCode === code;
  const needsPrism = !keepServerLines && !Tokens;

  useEffect(() => {
    if (needsPrism) {
      void loadHighlighter();
    }
  }, [needsPrism]);

  if (!ExecutionEnvironment.canUseDOM && !Tokens) {
    throw new Error(
      'A code block was rendered on the server without Prism: register ./src/plugins/code-highlighting in the plugins of docusaurus.config.ts (it tells this component that it runs on the server).',
    );
  }
  const showLineNumbers = lineNumbersStart !== undefined;
  const lines: TokensProps = {code, language, lineClassNames, showLineNumbers};
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // Scrollable by keyboard, as in the classic theme.
      tabIndex={0}
      className={clsx(
        className,
        `prism-code language-${language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}>
      <code
        className={clsx(
          styles.codeBlockLines,
          showLineNumbers && styles.codeBlockLinesWithNumbering,
        )}
        style={
          showLineNumbers
            ? {counterReset: `line-count ${lineNumbersStart - 1}`}
            : undefined
        }
        // React leaves the children of an element with inner HTML alone when
        // it hydrates, and sets it again only when the HTML changes.
        {...(keepServerLines
          ? {
              dangerouslySetInnerHTML: {__html: ''},
              suppressHydrationWarning: true,
            }
          : {
              children: Tokens ? (
                <Tokens {...lines} />
              ) : (
                <PlainLines {...lines} />
              ),
            })}
      />
    </pre>
  );
}
