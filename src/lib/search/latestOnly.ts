/**
 * Runs one call at a time and, of the calls made meanwhile, only the latest.
 * Searching as the reader types asks for "q", "qu", "quo", … faster than the
 * index answers; queued one after another, the query the reader finished
 * typing would wait for every prefix before it. A call that is overtaken
 * while it waits resolves to `undefined` without running.
 */
export function latestOnly<Args extends unknown[], Result>(
  run: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result | undefined> {
  interface Waiting {
    readonly args: Args;
    resolve(result: Result | undefined): void;
    reject(error: unknown): void;
  }
  let running = false;
  let waiting: Waiting | undefined;

  const start = ({args, resolve, reject}: Waiting): void => {
    running = true;
    run(...args)
      .then(resolve, reject)
      .finally(() => {
        running = false;
        const next = waiting;
        waiting = undefined;
        if (next) {
          start(next);
        }
      });
  };

  return (...args) =>
    new Promise((resolve, reject) => {
      const call = {args, resolve, reject};
      if (running) {
        waiting?.resolve(undefined);
        waiting = call;
      } else {
        start(call);
      }
    });
}
