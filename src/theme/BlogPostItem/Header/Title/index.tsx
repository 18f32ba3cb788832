// Wraps a blog post's title so that, on the post's own page, it is indexed
// with the content (see BlogPostItem/Content) and becomes the result's title.
import type {ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import Title from '@theme-original/BlogPostItem/Header/Title';
import type TitleType from '@theme/BlogPostItem/Header/Title';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof TitleType>;

export default function TitleWrapper(props: Props): ReactNode {
  const {isBlogPostPage} = useBlogPost();
  return isBlogPostPage ? (
    <div data-pagefind-body="">
      <Title {...props} />
    </div>
  ) : (
    <Title {...props} />
  );
}
