// Wraps the blog's list of posts to give the blog index (/blog, /blog/page/N)
// a visible h1: the stock list page has none, which leaves the page without a
// top-level heading for screen readers and search engines. Tag and author
// pages render their own h1 and are left alone.
import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import type {WrapperProps} from '@docusaurus/types';

import {site} from '@site/src/data/site';
import styles from './styles.module.css';

type Props = WrapperProps<typeof BlogPostItemsType>;

function isBlogIndex(pathname: string, blogBasePath: string): boolean {
  const base = blogBasePath.replace(/\/$/, '');
  return (
    pathname === base ||
    pathname === `${base}/` ||
    pathname.startsWith(`${base}/page/`)
  );
}

export default function BlogPostItemsWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  // The blog's route is fixed by the URL contract (/blog); its metadata is not
  // in the route context of list pages, so the path is matched here.
  const blogBasePath = useBaseUrl('/blog');
  return (
    <>
      {isBlogIndex(pathname, blogBasePath) && (
        <header className={styles.header}>
          <Heading as="h1">Blog</Heading>
          <p>
            Events, workshops and deep dives from the {site.organisation}{' '}
            platform team.
          </p>
        </header>
      )}
      <BlogPostItems {...props} />
    </>
  );
}
