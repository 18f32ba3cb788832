/**
 * The one seeded pseudo-random generator of the tests and the tooling
 * (mulberry32): the same seed gives the same numbers on every machine, so a
 * synthetic corpus or roster is reproducible and a failure can be replayed.
 * Not for anything that needs to be unpredictable.
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
