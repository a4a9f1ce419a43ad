import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace, as far as the benchmark reads it (times in microseconds). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Time the thread ran (CPU), where the event has it. */
  tdur?: number;
  args?: { data?: { url?: string }; name?: string };
}

/** A task of a renderer's main thread, in milliseconds on the trace's clock. */
export interface MainThreadTask {
  start: number;
  end: number;
  /** Wall time. */
  ms: number;
  /** Time the thread ran: what the task cost, whatever else the machine did meanwhile. */
  cpuMs: number;
  /** The browser rendering a frame (animation frame callbacks, style, layout, paint). */
  frame: boolean;
  /** A frame that painted. */
  painted: boolean;
  /**
   * CPU time the content script is answerable for: in a frame, its own calls and its animation
   * frame callbacks with the microtasks they start (the layout it reads there included); any
   * other task is counted whole, with the microtasks run after it (on a page that does nothing of
   * its own, every other task comes from the content script: its slices, its messages, its
   * garbage).
   */
  ownCpuMs: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';
/**
 * The microtasks run after a task, outside it in the trace: promise continuations (a content
 * script's `await` of a message's answer, and all it does next) often run there.
 */
const AFTER_TASK = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** Events that only a frame's rendering has. */
const FRAME_EVENTS = new Set(['FireAnimationFrame', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/** Starts recording a trace of the browser; `stop()` ends it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => {
    for (const event of batch.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

const cpuOf = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

/** Whether an event is a run of the script at `scriptUrl`. */
const isScriptOf = (event: TraceEvent, scriptUrl: string) =>
  SCRIPT_EVENTS.has(event.name) && event.args?.data?.url?.startsWith(scriptUrl) === true;

/**
 * The main-thread tasks of the renderer that ran `scriptUrl` first (the page's, for a content
 * script), with the first run of that script (its start, and the CPU time of evaluating it), the
 * page's timeline marks and the starts of its measures, all in milliseconds on the trace's clock.
 */
export function readMainThread(events: readonly TraceEvent[], scriptUrl: string) {
  const first = events
    .filter((e) => e.name === 'EvaluateScript' && isScriptOf(e, scriptUrl))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!first) throw new Error(`the trace has no run of ${scriptUrl}`);
  const onThread = events.filter((e) => e.pid === first.pid && e.tid === first.tid);
  const tasks: MainThreadTask[] = [];
  const marks = new Map<string, number>();
  const measureStarts = new Map<string, number>();
  const byStart = onThread.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let taskEnd = -1;
  for (let i = 0; i < byStart.length; i++) {
    const task = byStart[i] as TraceEvent;
    // Tasks, and microtasks run outside any task.
    if (task.name !== TASK && (task.name !== AFTER_TASK || task.ts < taskEnd)) continue;
    const end = task.ts + (task.dur ?? 0);
    taskEnd = Math.max(taskEnd, end);
    let frame = false;
    let painted = false;
    /** In a frame: the content script's runs, and the animation frame callbacks with the microtasks they start. */
    let scriptCpu = 0;
    let scriptEnd = -1;
    let callbacksEnd = -1;
    let foreignEnd = -1;
    for (let j = i + 1; j < byStart.length && (byStart[j] as TraceEvent).ts < end; j++) {
      const inner = byStart[j] as TraceEvent;
      const innerEnd = inner.ts + (inner.dur ?? 0);
      if (FRAME_EVENTS.has(inner.name)) frame = true;
      if (inner.name === 'Paint') painted = true;
      // Outermost runs only: a call inside another is counted with it.
      if (inner.name === 'FireAnimationFrame' && inner.ts >= callbacksEnd) {
        // The content script's work after the frame it waited for runs there, as microtasks.
        scriptCpu += cpuOf(inner);
        callbacksEnd = innerEnd;
      } else if (inner.ts < callbacksEnd) {
        // A callback of the page's own (the benchmark's watcher) is not the content script's.
        if (inner.ts >= foreignEnd && SCRIPT_EVENTS.has(inner.name) && !isScriptOf(inner, scriptUrl)) {
          scriptCpu -= cpuOf(inner);
          foreignEnd = innerEnd;
        }
      } else if (inner.ts >= scriptEnd && isScriptOf(inner, scriptUrl)) {
        scriptCpu += cpuOf(inner);
        scriptEnd = innerEnd;
      }
    }
    const cpuMs = cpuOf(task);
    const previous = tasks[tasks.length - 1];
    // Microtasks right after a task are the end of that task (a long task is long with them);
    // on a page without scripts of its own, they are the content script's.
    if (task.name === AFTER_TASK && previous && task.ts / 1000 - previous.end < 0.05) {
      previous.end = end / 1000;
      previous.ms = previous.end - previous.start;
      previous.cpuMs += cpuMs;
      previous.ownCpuMs += cpuMs;
      continue;
    }
    tasks.push({
      start: task.ts / 1000,
      end: end / 1000,
      ms: (task.dur ?? 0) / 1000,
      cpuMs,
      frame,
      painted,
      ownCpuMs: frame ? scriptCpu : cpuMs,
    });
  }
  // Marks at their time; measures (begun and ended apart) at their end.
  for (const e of events) {
    if (!e.cat.includes('user_timing') || e.pid !== first.pid) continue;
    if (e.ph === 'I' || e.ph === 'R' || e.ph === 'n' || e.ph === 'e') marks.set(e.name, e.ts / 1000);
    if (e.ph === 'b') measureStarts.set(e.name, e.ts / 1000);
  }
  return { start: first.ts / 1000, evaluateCpuMs: cpuOf(first), tasks, marks, measureStarts };
}

/** The task running at `time`, if any. */
export function taskAt(tasks: readonly MainThreadTask[], time: number): MainThreadTask | undefined {
  return tasks.find((task) => task.start <= time && time <= task.end);
}
