/**
 * CPU time and minor page faults of the children this process has waited for, read from
 * /proc/self/stat (cutime, cstime, cminflt). Taken before and after a spawnSync, the
 * difference is that command's own. Why: on the virtual machines CI runs on, the speed
 * drifts by a third within an hour and a page fault costs 7–10 µs, so a validation that got
 * slower in wall time alone may be the machine; its system time and faults beside it tell a
 * slow machine from slow code (docs/budgets-and-quality.md#build-time-and-dist-size-embedded-release).
 * Linux only; undefined elsewhere.
 */
import { readFileSync } from 'node:fs';
import { TICK_MS, statFields } from './process-tree.ts';

export interface ChildrenUsage {
  userMs: number;
  systemMs: number;
  minorFaults: number;
}

/** The usage of every child waited for so far, from a /proc/<pid>/stat line. */
export function parseChildrenUsage(statLine: string): ChildrenUsage {
  const f = statFields(statLine);
  return { minorFaults: Number(f[11 - 3]), userMs: Number(f[16 - 3]) * TICK_MS, systemMs: Number(f[17 - 3]) * TICK_MS };
}

export function childrenUsage(): ChildrenUsage | undefined {
  try {
    return parseChildrenUsage(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

export function usageBetween(before: ChildrenUsage | undefined, after: ChildrenUsage | undefined): ChildrenUsage | undefined {
  if (!before || !after) return undefined;
  return { userMs: after.userMs - before.userMs, systemMs: after.systemMs - before.systemMs, minorFaults: after.minorFaults - before.minorFaults };
}
