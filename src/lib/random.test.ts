import {describe, expect, it} from 'vitest';

import {random} from './random';

describe('the seeded generator', () => {
  it('repeats itself for one seed and differs for another', () => {
    const draw = (seed: number) => {
      const next = random(seed);
      return Array.from({length: 5}, next);
    };
    expect(draw(2026)).toEqual(draw(2026));
    expect(draw(2026)).not.toEqual(draw(2027));
  });

  it('stays in [0, 1)', () => {
    const next = random(8);
    for (let i = 0; i < 10_000; i += 1) {
      const value = next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
