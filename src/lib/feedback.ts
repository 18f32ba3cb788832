/**
 * "Was this page helpful?": a "no" hands the reader to GitHub with an issue
 * prefilled from the page (the docs-problem issue form), which the reader
 * submits under their own account. Nothing is sent by the site itself.
 */
import type {GitHubRepository} from '../data/site';
import {newIssueUrl} from './github';

/** The issue form in .github/ISSUE_TEMPLATE whose fields are `page` and `problem`. */
export const PAGE_PROBLEM_TEMPLATE = 'docs-problem.yml';

/** Longer selections are cut, so the prefilled URL stays well under the length browsers accept. */
export const MAX_SELECTION_LENGTH = 1000;

export interface PageProblem {
  /** Absolute address of the page. */
  readonly pageUrl: string;
  readonly title: string;
  /** `2026.1`, `Next`, or `knowledge base` for the unversioned answers. */
  readonly version?: string;
  /** Text the reader selected on the page, if any. */
  readonly selection?: string;
}

/** Collapses whitespace and cuts a selection to MAX_SELECTION_LENGTH characters. */
export function tidySelection(text: string): string {
  const tidy = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return tidy.length > MAX_SELECTION_LENGTH
    ? `${tidy.slice(0, MAX_SELECTION_LENGTH - 1).trimEnd()}…`
    : tidy;
}

export function pageProblemIssueUrl(
  repository: GitHubRepository,
  problem: PageProblem,
): URL {
  const selection = tidySelection(problem.selection ?? '');
  return newIssueUrl(repository, {
    template: PAGE_PROBLEM_TEMPLATE,
    title: `Docs: ${problem.title}`,
    page: problem.version
      ? `${problem.pageUrl} (version: ${problem.version})`
      : problem.pageUrl,
    problem: selection
      ? `The text I selected on the page:\n\n${selection
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}\n\nWhat is wrong with it:\n`
      : undefined,
  });
}
