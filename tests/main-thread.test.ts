import { describe, expect, it } from 'vitest';
import { summarizeMainThread, type TraceEvent } from '../scripts/bench/main-thread.ts';

const name = (pid: number, tid: number): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name: 'CrRendererMain' } });
const x = (pid: number, eventName: string, ts: number, durMs: number): TraceEvent => ({ name: eventName, ph: 'X', pid, tid: pid, ts, dur: durMs * 1000 });

describe('the main thread of a traced page load', () => {
  const events: TraceEvent[] = [
    name(1, 1),
    name(2, 2),
    // The page's renderer: a 30 ms task (parsing with a script inside, then layout) and a 5 ms one (paint).
    x(1, 'RunTask', 0, 30),
    x(1, 'ParseHTML', 1_000, 10),
    x(1, 'FunctionCall', 2_000, 4),
    x(1, 'LocalFrameView::performLayout', 15_000, 8),
    x(1, 'RunTask', 100_000, 5),
    x(1, 'Paint', 101_000, 2),
    // Another renderer (a new tab's), less busy: not the page's.
    x(2, 'RunTask', 0, 10),
    x(2, 'ParseHTML', 0, 9),
  ];

  it('reads the busiest renderer: its tasks, the longest, and the blocking of a phone four times slower', () => {
    const s = summarizeMainThread(events);
    expect(s.busyMs).toBe(35);
    expect(s.longestTaskMs).toBe(30);
    // 4 × 30 − 50 = 70; 4 × 5 = 20 blocks nothing.
    expect(s.blockingAt4xMs).toBe(70);
  });

  it('splits the time by kind of work, each event counted without its children', () => {
    expect(summarizeMainThread(events).byKind).toEqual({ layout: 8, style: 0, parse: 6, script: 4, text: 0, paint: 2, other: 15 });
  });

  it('gives zeros for a trace without a renderer', () => {
    expect(summarizeMainThread([x(3, 'RunTask', 0, 10)])).toMatchObject({ busyMs: 0, longestTaskMs: 0, blockingAt4xMs: 0 });
  });
});
