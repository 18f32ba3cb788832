// Wraps code blocks so that their text still matches a search (an error
// message, a field name) but weighs less than prose: a long manifest repeats
// `apiVersion`, `metadata` and `spec` on every page and would otherwise push
// the pages that explain a term below the pages that merely contain it.
//
// It also registers Prism's additional languages, which the classic theme
// would do in main.js on every page (see src/plugins/prism-on-demand).
import type {ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

prismIncludeLanguages(Prism);

/** Pagefind's weight for code (prose is 1, an h1 is 7). */
const CODE_WEIGHT = '0.5';

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <div data-pagefind-weight={CODE_WEIGHT}>
      <CodeBlock {...props} />
    </div>
  );
}
