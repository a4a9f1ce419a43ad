import { describe, expect, it } from 'vitest';
import { createSliceClock, SLICE_MS } from '../../lib/page/slices';

describe('the slice clock', () => {
  it('ends a slice at the first step that reaches its length, however few steps that took', async () => {
    let time = 0;
    const clock = createSliceClock({ now: () => time, pause: async () => {} });
    const slice = clock.begin();
    // Cold code: each step takes a millisecond.
    let steps = 0;
    do {
      time += 1;
      steps++;
    } while (!slice.due());
    expect(steps).toBe(SLICE_MS);
    expect(await slice.next()).toBe(true);
    expect(slice.due()).toBe(false);
    clock.end(slice.start);
    expect(clock.longestSlice.duration).toBe(SLICE_MS);
  });

  it('reads its cheaper clock at each step, and the fine one only where a slice begins and ends', async () => {
    let ticks = 0;
    let fine = 0;
    let reads = 0;
    const clock = createSliceClock({
      now: () => {
        reads++;
        return fine;
      },
      tick: () => ticks,
      pause: async () => {},
    });
    const slice = clock.begin();
    fine = 100;
    expect(slice.due()).toBe(false);
    ticks = SLICE_MS;
    expect(slice.due()).toBe(true);
    expect(reads).toBe(1);
    expect(await slice.next()).toBe(true);
    expect(slice.due()).toBe(false);
    expect(clock.longestSlice.duration).toBe(100);
  });

  it('says a slice called off is over', async () => {
    const stop = new AbortController();
    const clock = createSliceClock({ now: () => 0, pause: async () => stop.abort() });
    expect(await clock.begin(stop.signal).next()).toBe(false);
  });
});
