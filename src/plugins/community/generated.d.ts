// The two JSON modules of the community plugin that the home page's
// components import (theme/NextEvent, theme/CommunityFigures); /teams and
// /events receive theirs as route props. The types are the plugin's own.
declare module '@generated/community/default/summary.json' {
  import type {CommunitySummary} from '@site/src/plugins/community';

  const data: CommunitySummary;
  export default data;
}

declare module '@generated/community/default/events.json' {
  import type {EventsData} from '@site/src/plugins/community';

  const data: EventsData;
  export default data;
}
