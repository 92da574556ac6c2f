import { Report } from './report.ts';

/**
 * A few pages at a time. Chromium renders each page in its own process, so on 2 cores a
 * suite that opens hundreds of pages one after another leaves a core idle while Node waits
 * on the browser (a page load waits half a second of network quiet, a screenshot, a few
 * DevTools round trips). Six in flight beat three by 10-15 % on smoke, a11y and journeys
 * (docs/budgets-and-quality.md#ci-time); phone.ts keeps three (it says why).
 * `E2E_PAGES_IN_FLIGHT` sets another number.
 */
export const PAGES_IN_FLIGHT = Number(process.env.E2E_PAGES_IN_FLIGHT ?? 6);

/**
 * Standalone scripts (tests/e2e/lib/run.ts) run side by side, each with its own Chromium.
 * `E2E_SCRIPTS_IN_FLIGHT=1` runs them one after another.
 */
export const SCRIPTS_IN_FLIGHT = Number(process.env.E2E_SCRIPTS_IN_FLIGHT ?? 2);

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

/**
 * `mapInFlight`, and `done` called with each result in the items' order, as soon as it and
 * every earlier one are ready: output that reads as if the items ran one after another.
 */
export async function mapInFlightInOrder<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>, done: (result: R, item: T) => void): Promise<R[]> {
  const results = new Array<R>(items.length);
  const ready = items.map(() => false);
  let next = 0;
  return mapInFlight(items.map((item, index) => ({ item, index })), limit, async ({ item, index }) => {
    results[index] = await task(item);
    ready[index] = true;
    for (; next < items.length && ready[next]; next++) done(results[next]!, items[next]!);
    return results[index];
  });
}

/**
 * `task` on every item, at most `limit` at once, each writing to a buffered report of its
 * own, merged into `report` in the items' order (`mapInFlightInOrder`). A task that throws
 * is a failed check of its item (`label`), not the end of the others. Returns the number of
 * failed checks of each item.
 */
export async function checkInFlight<T>(
  report: Report,
  items: readonly T[],
  limit: number,
  label: (item: T) => string,
  task: (item: T, report: Report) => Promise<void>,
): Promise<number[]> {
  const children = await mapInFlightInOrder(
    items,
    limit,
    async (item) => {
      const child = new Report({ buffered: true });
      try {
        await task(item, child);
      } catch (err) {
        child.check(label(item), false, String(err));
      }
      return child;
    },
    (child) => report.merge(child),
  );
  return children.map((child) => child.failed);
}
