// The community plugin's theme components (./theme) that other components
// import: Docusaurus resolves `@theme/<Name>` to ./theme/<Name> for webpack;
// these declarations tell TypeScript the same.
declare module '@theme/EventCard' {
  export * from '@site/src/plugins/community/theme/EventCard';
  export {default} from '@site/src/plugins/community/theme/EventCard';
}

declare module '@theme/NextEvent' {
  export {default} from '@site/src/plugins/community/theme/NextEvent';
}

declare module '@theme/CommunityFigures' {
  export {default} from '@site/src/plugins/community/theme/CommunityFigures';
}
