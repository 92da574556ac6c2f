/**
 * What a page's load costs its main thread, from a Chromium trace: each task's length, and
 * where the time went by kind of work (layout, style, parsing, script…). Why: Lighthouse
 * simulates Total Blocking Time from one unthrottled load, counting every task four times
 * longer, and on the shared virtual machines the bench runs on its score moved from 92 to 99
 * between runs of one build. Main-thread time measured over several loads moves far less, and
 * tells a change of a few tens of milliseconds (docs/budgets-and-quality.md#lighthouse).
 */

/** The fields of a Chrome trace event this summary reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadSummary {
  /** Sum of the renderer main thread's tasks, in ms. */
  busyMs: number;
  longestTaskMs: number;
  /**
   * Lighthouse's way of counting blocking on a phone four times slower: each task's length × 4,
   * less 50 ms, summed over the tasks longer than that. From the start of the load, not from
   * the first paint, so it reads higher than Lighthouse's TBT; it compares two builds.
   */
  blockingAt4xMs: number;
  /** Self time in ms by kind of work (WORK_KINDS), the rest under "other". */
  byKind: Record<WorkKind | 'other', number>;
}

export const WORK_KINDS = {
  layout: ['LocalFrameView::performLayout', 'Layout', 'LocalFrameView::layout'],
  style: ['Document::recalcStyle', 'UpdateLayoutTree', 'Document::rebuildLayoutTree', 'Document::updateActiveStyle'],
  parse: ['ParseHTML', 'HTMLDocumentParser::PumpTokenizer', 'CSSParserImpl::parseStyleSheet', 'CSSParserImpl::parseStyleSheet.parse'],
  script: ['v8.evaluateModule', 'v8.compile', 'v8.callFunction', 'FunctionCall', 'EvaluateScript'],
  text: ['InlineNode::ShapeTextIncludingFirstLine'],
  paint: ['Paint', 'Commit', 'PrePaint', 'Layerize'],
} as const;
export type WorkKind = keyof typeof WORK_KINDS;

const kindOf = new Map<string, WorkKind>(Object.entries(WORK_KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind as WorkKind])));

/**
 * The summary of the renderer main thread that worked the most: a trace holds one per
 * renderer (a new tab's, the page's), and the page's is the busiest.
 */
export function summarizeMainThread(events: readonly TraceEvent[]): MainThreadSummary {
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.dur > 0);
  const tasksOf = (t: TraceEvent) => complete.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').map((e) => e.dur! / 1000);
  const byThread = threads.map((thread) => ({ thread, tasks: tasksOf(thread) }));
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
  const busiest = byThread.sort((a, b) => sum(b.tasks) - sum(a.tasks))[0];
  const byKind: MainThreadSummary['byKind'] = { layout: 0, style: 0, parse: 0, script: 0, text: 0, paint: 0, other: 0 };
  if (!busiest) return { busyMs: 0, longestTaskMs: 0, blockingAt4xMs: 0, byKind };
  const { thread: main, tasks } = busiest;
  // Self time: an event's length less its direct children's, in start order (a parent first).
  const own = complete.filter((e) => e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const open: { end: number; self: number; kind: WorkKind | 'other' | undefined }[] = [];
  const close = (entry: (typeof open)[number]) => {
    if (entry.kind) byKind[entry.kind] += entry.self / 1000;
  };
  for (const e of own) {
    while (open.length > 0 && open.at(-1)!.end <= e.ts) close(open.pop()!);
    const parent = open.at(-1);
    if (parent) parent.self -= e.dur!;
    const kind = kindOf.get(e.name) ?? (e.name === 'RunTask' || parent ? 'other' : undefined);
    open.push({ end: e.ts + e.dur!, self: e.dur!, kind });
  }
  while (open.length > 0) close(open.pop()!);
  return {
    busyMs: sum(tasks),
    longestTaskMs: Math.max(0, ...tasks),
    blockingAt4xMs: sum(tasks.map((d) => Math.max(0, 4 * d - 50))),
    byKind,
  };
}
