/**
 * "Ask the community" after a search that found nothing useful: the address
 * of the knowledge-base question form (.github/ISSUE_TEMPLATE/kb-question.yml)
 * prefilled with what the reader searched for. The reader follows the link
 * and submits the issue under their own account; the site sends nothing.
 *
 * The prefill follows the rules of the rent-an-engineer form
 * (src/lib/rent-request/text.ts): the title is one line of at most GitHub's
 * 256 characters, and the question field is one line with team mentions
 * neutralised and HTML shown as typed; URLSearchParams does the encoding.
 */
import type {GitHubRepository} from '../../../data/site';
import {newIssueUrl} from '../../../lib/github';
import {TITLE_MAX_LENGTH} from '../../../lib/rent-request/fields';
import {sanitiseBodyText, sanitiseTitle} from '../../../lib/rent-request/text';

/** The issue form for questions, in .github/ISSUE_TEMPLATE. */
export const KB_QUESTION_TEMPLATE = 'kb-question.yml';

/** The title the form starts with (its `title:`); the query follows it. */
export const KB_QUESTION_TITLE_PREFIX = 'KB: ';

/** The form's field for the question itself. */
export const KB_QUESTION_FIELD = 'question';

/** A search query is a few words; longer pastes are cut to this many characters. */
export const MAX_QUERY_LENGTH = 200;

/** The prefilled question form for a search query (the blank form for an empty one). */
export function askCommunityUrl(
  repository: GitHubRepository,
  query: string,
): URL {
  const question = sanitiseTitle(query, MAX_QUERY_LENGTH);
  if (question === '') {
    return newIssueUrl(repository, {template: KB_QUESTION_TEMPLATE});
  }
  return newIssueUrl(repository, {
    template: KB_QUESTION_TEMPLATE,
    title: sanitiseTitle(
      `${KB_QUESTION_TITLE_PREFIX}${question}`,
      TITLE_MAX_LENGTH,
    ),
    [KB_QUESTION_FIELD]: sanitiseBodyText(question, false),
  });
}
