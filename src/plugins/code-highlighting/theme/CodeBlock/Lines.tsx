// The lines of a code block, as the classic theme renders them: Prism's
// tokens (Tokens.tsx) or, while Prism loads, each line as one plain token
// (Content). No Prism here, so the code block can import it freely.
import type {ReactNode} from 'react';
import Line, {type Props as LineProps} from '@theme/CodeBlock/Line';
import type {Token} from 'prism-react-renderer';

export interface LinesProps {
  readonly lines: readonly Token[][];
  readonly getLineProps: LineProps['getLineProps'];
  readonly getTokenProps: LineProps['getTokenProps'];
  /** Classes per line (magic comments such as `highlight-next-line`). */
  readonly lineClassNames: {[lineIndex: number]: string[]};
  readonly showLineNumbers: boolean;
}

export default function Lines({
  lines,
  getLineProps,
  getTokenProps,
  lineClassNames,
  showLineNumbers,
}: LinesProps): ReactNode {
  return lines.map((line, i) => (
    <Line
      // Lines have no identity but their position.
      key={i}
      line={line}
      getLineProps={getLineProps}
      getTokenProps={getTokenProps}
      classNames={lineClassNames[i]}
      showLineNumbers={showLineNumbers}
    />
  ));
}
