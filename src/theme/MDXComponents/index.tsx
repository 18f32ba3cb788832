// Wraps the theme's MDX component map (no ejection) to make wide tables
// keyboard-scrollable. Applies to .md and .mdx content alike.
import MDXComponents from '@theme-original/MDXComponents';

import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
};
