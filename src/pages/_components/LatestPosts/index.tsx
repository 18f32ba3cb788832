import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import data from '@generated/recent-posts/default/recent-posts.json';
import {formatCalendarDate} from '@site/src/lib/calendarDate';
import styles from './styles.module.css';

/** The newest blog posts, from the recent-posts plugin. */
export default function LatestPosts(): ReactNode {
  const {posts} = data;
  return (
    <>
      <ul className={styles.posts}>
        {posts.map((post) => (
          <li key={post.permalink} className={styles.post}>
            <time dateTime={post.date} className={styles.date}>
              {formatCalendarDate(
                new Date(post.date).toISOString().slice(0, 10),
                'long',
              )}
            </time>
            <Heading as="h3" className={styles.title}>
              <Link to={post.permalink}>{post.title}</Link>
            </Heading>
            <p>{post.description}</p>
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        <Link to="/blog">All posts</Link> ·{' '}
        <Link to="/blog/tags/events">Events</Link> ·{' '}
        <Link to="/blog/tags/deep-dive">Deep dives</Link>
      </p>
    </>
  );
}
