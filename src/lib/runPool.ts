/**
 * Runs `task` on every item, at most `limit` at once, starting them in the items' order; items
 * are taken from the iterable only as a place frees, so a generator that reads files reads each
 * one when its task can start. Resolves when all are done. On the first failure no further task
 * starts, and the promise rejects with that error once the tasks already running have settled
 * (so that nothing is still writing when the caller cleans up).
 */
export async function runPool<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  if (!(limit >= 1)) throw new RangeError(`runPool needs a limit of 1 or more, not ${limit}`);
  const iterator = items[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure) {
      const next = iterator.next();
      if (next.done) return;
      try {
        await task(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failure) throw failure.error;
}
