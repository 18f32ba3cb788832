// The kb plugin's theme components (./theme), as other components import
// them: Docusaurus resolves `@theme/<Name>` to ./theme/<Name> for webpack;
// these declarations tell TypeScript the same.
declare module '@theme/KbAnswer' {
  export * from '@site/src/plugins/kb/theme/KbAnswer';
}

declare module '@theme/StaleBadge' {
  export {default, useMayBeStale} from '@site/src/plugins/kb/theme/StaleBadge';
}
