import {describe, expect, it} from 'vitest';

import {latestOnly} from './latestOnly';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

describe('latestOnly', () => {
  it('runs the first call at once and, after it, only the latest of those made meanwhile', async () => {
    const started: string[] = [];
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const search = latestOnly((term: string) => {
      started.push(term);
      const call = deferred<string>();
      pending.set(term, call);
      return call.promise;
    });

    const q = search('q');
    const qu = search('qu');
    const quo = search('quo');
    const quota = search('quota');
    expect(started).toEqual(['q']);
    await expect(qu).resolves.toBeUndefined();
    await expect(quo).resolves.toBeUndefined();

    pending.get('q')!.resolve('results for q');
    await expect(q).resolves.toBe('results for q');
    await Promise.resolve();
    expect(started).toEqual(['q', 'quota']);
    pending.get('quota')!.resolve('results for quota');
    await expect(quota).resolves.toBe('results for quota');
  });

  it('passes a failure to its caller and goes on with the next call', async () => {
    const search = latestOnly(async (term: string) => {
      if (term === 'bad') {
        throw new Error('index chunk missing');
      }
      return term.toUpperCase();
    });
    const bad = search('bad');
    const next = search('ok');
    await expect(bad).rejects.toThrow('index chunk missing');
    await expect(next).resolves.toBe('OK');
    await expect(search('again')).resolves.toBe('AGAIN');
  });
});
