import {describe, expect, it} from 'vitest';

import {formatEventTime} from './format';

describe('formatEventTime', () => {
  it('shows the time in the given zone, whatever offset the post used', () => {
    // 13:00Z is 14:00 in Copenhagen in winter.
    expect(
      formatEventTime(
        '2026-12-03T13:00:00Z',
        '2026-12-03T15:00:00+01:00',
        'Europe/Copenhagen',
      ),
    ).toBe('Thursday, 3 December 2026, 14:00–15:00 CET');
  });

  it('names summer time, and both days of an event across midnight', () => {
    const text = formatEventTime(
      '2026-06-18T20:00:00+02:00',
      '2026-06-19T02:00:00+02:00',
      'Europe/Copenhagen',
    );
    expect(text).toContain('Thursday, 18 June 2026');
    expect(text).toContain('Friday, 19 June 2026');
    expect(text).toContain('CEST');
  });
});
