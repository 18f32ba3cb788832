/**
 * Pure logic of the rent-an-engineer request form, shared by the page and the
 * tests: the fields, their validation, the draft kept in local storage and the
 * prefilled GitHub issue address. No React here.
 */
export * from './fields';
export * from './text';
export * from './validate';
export * from './issue-url';
export * from './draft';
