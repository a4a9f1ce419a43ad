import { describe, expect, it } from 'vitest';
import { readMainThread, type TraceEvent } from '../../scripts/support/trace';

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';

/** A complete event on the page's main thread, times in milliseconds (the trace's are microseconds). */
function event(name: string, at: number, ms: number, cpuMs = ms, url?: string): TraceEvent {
  return {
    name,
    cat: 'toplevel',
    ph: 'X',
    pid: 1,
    tid: 1,
    ts: at * 1000,
    dur: ms * 1000,
    tdur: cpuMs * 1000,
    ...(url ? { args: { data: { url } } } : {}),
  };
}
const task = (at: number, ms: number, cpuMs = ms) => event('ThreadControllerImpl::RunTask', at, ms, cpuMs);
const microtasks = (at: number, ms: number, cpuMs = ms) =>
  event('BlinkScheduler_PerformMicrotaskCheckpoint', at, ms, cpuMs);
const userTiming = (name: string, ph: string, at: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph,
  pid: 1,
  tid: 1,
  ts: at * 1000,
});

/** The content script's evaluation, at 0: 15 ms of CPU in a task of 20. */
const evaluation = [task(0, 20), event('EvaluateScript', 0, 20, 15, SCRIPT)];

describe('reading the main thread from a trace', () => {
  it("starts at the script's evaluation and keeps its CPU time", () => {
    const { start, evaluateCpuMs, tasks } = readMainThread(evaluation, SCRIPT);
    expect(start).toBe(0);
    expect(evaluateCpuMs).toBe(15);
    expect(tasks).toHaveLength(1);
  });

  it('counts microtasks run right after a task as the end of that task, and lone ones as tasks of their own', () => {
    const { tasks } = readMainThread(
      [...evaluation, task(30, 5, 4), microtasks(35, 25, 20), microtasks(100, 3)],
      SCRIPT,
    );
    expect(tasks.slice(1)).toEqual([
      { start: 30, end: 60, ms: 30, cpuMs: 24, frame: false, painted: false, ownCpuMs: 24 },
      { start: 100, end: 103, ms: 3, cpuMs: 3, frame: false, painted: false, ownCpuMs: 3 },
    ]);
  });

  it("counts in a frame the animation frame callbacks, less the page's own, and the script's other runs", () => {
    const frame = [
      task(50, 40, 38),
      event('FireAnimationFrame', 51, 12, 10),
      event('FunctionCall', 51, 0.5, 0.5, SCRIPT),
      // The page's own callback (the benchmark's watcher).
      event('FunctionCall', 58, 2, 2, 'http://127.0.0.1/page.html'),
      event('FunctionCall', 64, 3, 3, SCRIPT),
      event('PrePaint', 70, 4),
      event('Paint', 75, 10),
    ];
    const [, painted] = readMainThread([...evaluation, ...frame], SCRIPT).tasks;
    expect(painted).toMatchObject({ frame: true, painted: true, cpuMs: 38, ownCpuMs: 10 - 2 + 3 });
  });

  it("keeps the page's marks at their time and its measures at their end, with their starts", () => {
    const { marks, measureStarts } = readMainThread(
      [
        ...evaluation,
        userTiming('bench:viewport', 'I', 120),
        userTiming('modelpeek:first-scan', 'b', 90),
        userTiming('modelpeek:first-scan', 'e', 400),
      ],
      SCRIPT,
    );
    expect(marks.get('bench:viewport')).toBe(120);
    expect(marks.get('modelpeek:first-scan')).toBe(400);
    expect(measureStarts.get('modelpeek:first-scan')).toBe(90);
  });
});
