// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportModelCount } from '../../lib/toolbar/model-count';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function start(count: () => number) {
  const report = vi.fn<(count: number) => void>();
  const controller = new AbortController();
  const changed = reportModelCount({ doc: document, signal: controller.signal, count, report, intervalMs: 2_000 });
  return { report, controller, changed };
}

describe('reportModelCount', () => {
  it('reports the first count when told, then a new one after changes, at most every interval', async () => {
    let models = 2;
    const { report, controller, changed } = start(() => models);
    expect(report).not.toHaveBeenCalled();
    changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(report.mock.calls).toEqual([[2]]);

    models = 3;
    changed();
    changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(report).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(report.mock.calls).toEqual([[2], [3]]);
    controller.abort();
  });

  it('says nothing when the count stays the same', async () => {
    const { report, controller, changed } = start(() => 2);
    for (let i = 0; i < 5; i++) {
      changed();
      await vi.advanceTimersByTimeAsync(2_000);
    }
    expect(report.mock.calls).toEqual([[2]]);
    controller.abort();
  });

  it('says it again for a page back from the back/forward cache', async () => {
    const { report, controller, changed } = start(() => 1);
    changed();
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(report.mock.calls).toEqual([[1], [1]]);
    controller.abort();
  });

  it('stops when aborted', async () => {
    let models = 1;
    const { report, controller, changed } = start(() => models);
    changed();
    await vi.advanceTimersByTimeAsync(0);
    models = 2;
    changed();
    controller.abort();
    changed();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(report.mock.calls).toEqual([[1]]);
  });
});
