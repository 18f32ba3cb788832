/**
 * Hands the newest blog posts to the home page as a JSON module
 * (`@generated/recent-posts/default/recent-posts.json`), which only the home
 * page's chunk imports; global data would ride in main.js on every page. It
 * reads the blog plugin's content after every plugin has loaded, so posts are
 * parsed once, by the blog plugin.
 */
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {recentPosts, type RecentPost} from '../../lib/recent-posts';

export interface RecentPostsOptions {
  /** How many posts the home page shows. */
  readonly count: number;
}

export interface RecentPostsData {
  readonly posts: readonly RecentPost[];
}

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

export default function recentPostsPlugin(
  _context: LoadContext,
  options: RecentPostsOptions,
): Plugin<void> {
  return {
    name: 'recent-posts',
    async allContentLoaded({allContent, actions}) {
      const blog = allContent[BLOG_PLUGIN]?.default as BlogContent | undefined;
      if (!blog) {
        throw new Error(
          `recent-posts: the blog (plugin "${BLOG_PLUGIN}", id "default") is not loaded. Enable the blog in the classic preset, or remove ./src/plugins/recent-posts from docusaurus.config.ts.`,
        );
      }
      const data: RecentPostsData = {
        posts: recentPosts(blog.blogPosts, options.count),
      };
      await actions.createData('recent-posts.json', JSON.stringify(data));
    },
  };
}
