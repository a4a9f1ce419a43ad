// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchModelCount } from '../../lib/toolbar/model-count';

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the MutationObserver deliver, then runs the timers due within `ms`. */
async function elapse(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function start(count: () => number) {
  const report = vi.fn<(count: number) => void>();
  const controller = new AbortController();
  watchModelCount({ doc: document, signal: controller.signal, count, report, intervalMs: 2_000 });
  return { report, controller };
}

describe('watchModelCount', () => {
  it('reports the first count at once, then a change after page changes, at most every interval', async () => {
    let models = 2;
    const { report, controller } = start(() => models);
    expect(report.mock.calls).toEqual([[2]]);

    models = 3;
    document.body.append('Claude Sonnet 4.5');
    await elapse(10);
    expect(report).toHaveBeenCalledTimes(1);
    await elapse(2_000);
    expect(report.mock.calls).toEqual([[2], [3]]);
    controller.abort();
  });

  it('says nothing when the count stays the same', async () => {
    const { report, controller } = start(() => 2);
    for (let i = 0; i < 5; i++) {
      document.body.append(`change ${i}`);
      await elapse(1_000);
    }
    expect(report.mock.calls).toEqual([[2]]);
    controller.abort();
  });

  it('waits for a hidden tab to be shown', async () => {
    let models = 1;
    const { report, controller } = start(() => models);
    visibility = 'hidden';
    models = 4;
    document.body.append('GPT-4.1 nano');
    await elapse(10_000);
    expect(report.mock.calls).toEqual([[1]]);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await elapse(2_000);
    expect(report.mock.calls).toEqual([[1], [4]]);
    controller.abort();
  });

  it('stops when aborted', async () => {
    let models = 1;
    const { report, controller } = start(() => models);
    controller.abort();
    models = 2;
    document.body.append('o3');
    await elapse(5_000);
    expect(report.mock.calls).toEqual([[1]]);
  });
});
