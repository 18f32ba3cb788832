// The kb plugin's theme components (./theme), as other components import
// them: Docusaurus resolves `@theme/<Name>` to ./theme/<Name> for webpack;
// these declarations tell TypeScript the same.
declare module '@theme/KbAnswer' {
  export * from '@site/src/plugins/kb/theme/KbAnswer';
}

declare module '@theme/StaleBadge' {
  export {default, useMayBeStale} from '@site/src/plugins/kb/theme/StaleBadge';
}

// The whole list of answers behind /kb, which the kb plugin (../index.ts)
// writes at build time and aliases for webpack; KbLanding imports it lazily.
declare module '@kb/answers' {
  import type {KbListEntry} from '@site/src/lib/kb/landing';

  const answers: readonly KbListEntry[];
  export default answers;
}
