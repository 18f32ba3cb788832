/**
 * Reads the knowledge-base fields of an answer page's front matter in the
 * browser. The build has already validated them (src/lib/kb/check.ts); this
 * only narrows the types, and drops what does not fit rather than crash a page.
 */
import {normaliseDate} from './dates';
import type {KbRelatedLink} from './frontMatter';

export interface KbAnswerMeta {
  readonly contributors: readonly string[];
  readonly lastVerified?: string;
  readonly appliesTo: readonly string[];
  readonly related: readonly KbRelatedLink[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function readAnswerMeta(
  frontMatter: Record<string, unknown>,
): KbAnswerMeta {
  const related = Array.isArray(frontMatter.related)
    ? frontMatter.related.filter(
        (link): link is KbRelatedLink =>
          typeof link === 'object' &&
          link !== null &&
          typeof (link as KbRelatedLink).label === 'string' &&
          typeof (link as KbRelatedLink).href === 'string',
      )
    : [];
  return {
    contributors: strings(frontMatter.contributors),
    lastVerified: normaliseDate(frontMatter.last_verified),
    appliesTo: strings(frontMatter.applies_to),
    related,
  };
}
