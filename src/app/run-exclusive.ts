/**
 * Runs tasks with the same key one after another, so that two events for one issue arriving together
 * (an `opened` and a `labeled`, or a redelivery) do not both find no routing comment and both write
 * one. Different keys run in parallel. Within one instance only: GitHub rarely sends one issue's
 * events to two instances at the same moment, and when it does the next event repairs the issue.
 */
export function createExclusiveRunner(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
