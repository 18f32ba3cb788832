// Wraps a doc's content (docs and knowledge base), without ejecting:
// - knowledge-base answers get a "may be stale" notice above the title when
//   they were verified long ago;
// - the page is marked for the search index: only the article's text is
//   indexed, not the navbar, sidebar, table of contents, breadcrumbs, tags or
//   pagination around it, and the page says which section and docs version it
//   belongs to, for the result label and filters.
import type {ReactNode} from 'react';
import {
  getDocsVersionSearchTag,
  useDocsVersion,
  useVersions,
} from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';

import {KbStaleNotice} from '@theme/KbAnswer';
import {KB_PLUGIN_ID} from '@site/src/lib/kb/instance';
import SearchIndexMetadata from '@site/src/plugins/search/SearchIndexMetadata';
import {sectionOfDocsPlugin} from '@site/src/lib/search/sections';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const version = useDocsVersion();
  const versions = useVersions(version.pluginId);
  const isAnswer = version.pluginId === KB_PLUGIN_ID;
  return (
    <>
      <SearchIndexMetadata
        section={sectionOfDocsPlugin(version.pluginId)}
        tag={getDocsVersionSearchTag(version.pluginId, version.version)}
        versionLabel={versions.length > 1 ? version.label : undefined}
      />
      {isAnswer && <KbStaleNotice />}
      <div data-pagefind-body="">
        <Content {...props} />
      </div>
    </>
  );
}
