// The JSON modules the community plugin writes with createData
// (.docusaurus/community/default/*.json), as pages import them.
declare module '@generated/community/default/teams.json' {
  import type {TeamsPageData} from '@site/src/lib/teams/page';

  const data: TeamsPageData;
  export default data;
}

declare module '@generated/community/default/summary.json' {
  import type {CommunitySummary} from '@site/src/lib/teams/page';

  const data: CommunitySummary;
  export default data;
}

declare module '@generated/community/default/events.json' {
  import type {EventsData} from '@site/src/lib/events/model';

  const data: EventsData;
  export default data;
}
