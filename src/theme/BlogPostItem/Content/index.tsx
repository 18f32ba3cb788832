// Wraps a blog post's content to mark it for the search index on the post's
// own page (not in post lists, which would index every post twice): the text
// is indexed, the date, authors, tags and "read more" links around it are not.
import type {ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {DEFAULT_SEARCH_TAG} from '@docusaurus/theme-common/internal';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';

import SearchIndexMetadata from '@site/src/plugins/search/SearchIndexMetadata';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {isBlogPostPage} = useBlogPost();
  if (!isBlogPostPage) {
    return <Content {...props} />;
  }
  return (
    <>
      <SearchIndexMetadata section="blog" tag={DEFAULT_SEARCH_TAG} />
      <div data-pagefind-body="">
        <Content {...props} />
      </div>
    </>
  );
}
