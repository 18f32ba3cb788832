import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {SITE_DIR} from '../../tests/site-copy';
import {FULL, parseOptions, QUICK} from './options';

describe('parseOptions', () => {
  it('defaults to the scale of issue 8', () => {
    expect(FULL).toEqual({
      kbAnswers: 3000,
      docsPages: 150,
      versions: 4,
      blogPosts: 200,
    });
    expect(parseOptions([])).toEqual({
      corpus: FULL,
      quick: false,
      out: join(SITE_DIR, '.bench', 'report.json'),
      query: 'certificate',
      keep: false,
      check: false,
    });
    expect(parseOptions(['--check']).check).toBe(true);
  });

  it('starts from the quick corpus and takes counts on top', () => {
    expect(
      parseOptions(['--quick', '--pages', '4', '--versions', '1']).corpus,
    ).toEqual({
      ...QUICK,
      docsPages: 4,
      versions: 1,
    });
  });

  it('refuses a count that is not a whole number, and unknown options', () => {
    expect(() => parseOptions(['--kb', 'many'])).toThrow(
      '--kb takes a whole number, not "many".',
    );
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown option '--fast'/);
  });
});
