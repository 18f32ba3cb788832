// Tells the search index which section (and docs version) a page belongs to,
// through <meta> elements in the page head: Pagefind reads them as filters and
// metadata, the Algolia record builder reads them from the built HTML.
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';

import {
  indexMetaAttributes,
  type IndexedPageMetadata,
} from '@site/src/lib/search/markup';

export default function SearchIndexMetadata(
  props: IndexedPageMetadata,
): ReactNode {
  return (
    <Head>
      {indexMetaAttributes(props).map((attributes) => (
        <meta key={attributes.name} {...attributes} />
      ))}
    </Head>
  );
}
