/**
 * The newest blog posts, reduced to what a list of teasers needs. Pure, so the
 * plugin that hands them to the home page stays a thin hook.
 */

export interface RecentPost {
  readonly title: string;
  readonly permalink: string;
  /** ISO 8601 date of publication. */
  readonly date: string;
  readonly description: string;
  readonly tags: readonly {
    readonly label: string;
    readonly permalink: string;
  }[];
}

/** The subset of the blog plugin's post metadata this module reads. */
export interface BlogPostLike {
  readonly metadata: {
    readonly title: string;
    readonly permalink: string;
    readonly date: Date | string;
    readonly description: string;
    readonly unlisted: boolean;
    readonly tags: readonly {
      readonly label: string;
      readonly permalink: string;
    }[];
  };
}

/** The `count` newest listed posts, newest first. */
export function recentPosts(
  posts: readonly BlogPostLike[],
  count: number,
): RecentPost[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `recent posts: count must be a whole number of at least 1, got ${count}.`,
    );
  }
  return posts
    .filter((post) => !post.metadata.unlisted)
    .map(({metadata}) => ({
      title: metadata.title,
      permalink: metadata.permalink,
      date: new Date(metadata.date).toISOString(),
      description: metadata.description,
      tags: metadata.tags.map(({label, permalink}) => ({label, permalink})),
    }))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, count);
}
