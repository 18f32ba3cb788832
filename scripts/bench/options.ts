/**
 * The options of `npm run bench`: the default corpus (the scale the issue
 * asks for), the quick one for CI, and the command line.
 */
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';

import {SITE_DIR} from '../../tests/site-copy';
import type {CorpusOptions} from '../lib/corpus';
import {DEFAULT_QUERY} from './search';

export interface BenchOptions {
  readonly corpus: CorpusOptions;
  readonly quick: boolean;
  /** Where the JSON report goes. */
  readonly out: string;
  readonly query: string;
  /** Keep the temporary copy of the site (to look at its build). */
  readonly keep: boolean;
  /** Exit with status 1 when the run is over budgets.json's scale budget. */
  readonly check: boolean;
}

export const FULL: CorpusOptions = {
  kbAnswers: 3000,
  docsPages: 150,
  versions: 4,
  blogPosts: 200,
};

export const QUICK: CorpusOptions = {
  kbAnswers: 60,
  docsPages: 10,
  versions: 3,
  blogPosts: 10,
};

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(`--${name} takes a whole number, not "${value}".`);
  }
  return number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const {values} = parseArgs({
    args: [...argv],
    options: {
      quick: {type: 'boolean', default: false},
      kb: {type: 'string'},
      pages: {type: 'string'},
      versions: {type: 'string'},
      posts: {type: 'string'},
      out: {type: 'string'},
      query: {type: 'string'},
      keep: {type: 'boolean', default: false},
      check: {type: 'boolean', default: false},
    },
    strict: true,
  });
  const base = values.quick ? QUICK : FULL;
  return {
    corpus: {
      kbAnswers: count('kb', values.kb) ?? base.kbAnswers,
      docsPages: count('pages', values.pages) ?? base.docsPages,
      versions: count('versions', values.versions) ?? base.versions,
      blogPosts: count('posts', values.posts) ?? base.blogPosts,
    },
    quick: values.quick,
    out: resolve(values.out ?? join(SITE_DIR, '.bench', 'report.json')),
    query: values.query ?? DEFAULT_QUERY,
    keep: values.keep,
    check: values.check,
  };
}
