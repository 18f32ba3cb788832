import {describe, expect, it} from 'vitest';

import {buildDate} from './buildDate';

describe('buildDate', () => {
  const now = () => new Date('2031-05-06T07:08:09Z');

  it('is SOURCE_DATE_EPOCH when set', () => {
    expect(
      buildDate({SOURCE_DATE_EPOCH: '1798761600'}, now).toISOString(),
    ).toBe('2027-01-01T00:00:00.000Z');
  });

  it('is now when unset or empty', () => {
    expect(buildDate({}, now)).toEqual(now());
    expect(buildDate({SOURCE_DATE_EPOCH: ''}, now)).toEqual(now());
  });

  it('refuses a value that is not whole seconds, naming the variable and the fix', () => {
    for (const value of ['2027-01-01', '17.5', '-1', 'now']) {
      expect(() => buildDate({SOURCE_DATE_EPOCH: value}, now)).toThrow(
        /SOURCE_DATE_EPOCH=".*" is not a number of seconds.*Fix: /,
      );
    }
  });
});
