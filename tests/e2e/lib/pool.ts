/**
 * A few pages at a time. Chromium renders each page in its own process, so on 2 cores a
 * suite that opens hundreds of pages one after another leaves a core idle while Node waits
 * on the browser; three in flight keep both busy without starving the timers the checks
 * wait on.
 */
export const PAGES_IN_FLIGHT = 3;

/** `task` on every item, at most `limit` running at once; the results in the items' order. */
export async function mapInFlight<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
