// The JSON modules the community plugin writes with createData
// (.docusaurus/community/default/*.json), as its theme components import
// them; the types are the ones the plugin exports for what it writes.
declare module '@generated/community/default/teams.json' {
  import type {TeamsPageData} from '@site/src/plugins/community';

  const data: TeamsPageData;
  export default data;
}

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
