// The navbar search. With Algolia configured (see docusaurus.config.ts) the
// Algolia theme's DocSearch box is rendered unchanged; otherwise the embedded
// Pagefind search, whose box the classic theme leaves empty (its SearchBar is
// a no-op placeholder).
import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SearchBar from '@theme-original/SearchBar';

import PagefindSearchBar from '@site/src/components/Search/PagefindSearchBar';

export default function SearchBarWrapper(): ReactNode {
  const {themeConfig} = useDocusaurusContext().siteConfig;
  return 'algolia' in themeConfig ? <SearchBar /> : <PagefindSearchBar />;
}
