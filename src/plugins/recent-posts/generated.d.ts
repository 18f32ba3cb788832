// The JSON module the recent-posts plugin writes with createData
// (.docusaurus/recent-posts/default/recent-posts.json), as the home page imports it.
declare module '@generated/recent-posts/default/recent-posts.json' {
  import type {RecentPostsData} from '@site/src/plugins/recent-posts';

  const data: RecentPostsData;
  export default data;
}
