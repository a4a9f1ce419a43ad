/** Work in slices no longer than this, then give the page its main thread back. */
export const SLICE_MS = 8;

/** One stretch of work between turns of the page. */
export interface Slice {
  /** When the current slice began. */
  readonly start: number;
  /**
   * Whether the slice is used up. It reads the clock at each step: a step (a text node matched,
   * an underline added) takes microseconds warm, but up to milliseconds while the code is cold.
   */
  due(): boolean;
  /** Ends the slice and gives the page its turn; false when the work was called off meanwhile. */
  next(): Promise<boolean>;
  /** From now on, waits for the page to be idle between slices (work the reader is not waiting for). */
  whenIdle(): void;
  /** Ends the slice, waits for `until` (not work), and starts the next. */
  wait(until: Promise<unknown>): Promise<void>;
}

export interface SliceClockOptions {
  now(): number;
  /**
   * The clock `due()` reads at every step: a cheaper one than `now` where there is one
   * (`Date.now`, whole milliseconds, costs a fifth of `performance.now` in Chromium). `now` by default.
   */
  tick?: () => number;
  /** Gives the main thread back between slices. */
  pause(): Promise<void>;
  /**
   * Waits until the page is idle; resolves with what tells how long the page stays idle (0 when
   * it was not: the wait timed out, and one slice goes ahead anyway).
   */
  idle?: () => Promise<() => number>;
}

/**
 * Times work in slices of at most SLICE_MS, and keeps the totals the page's timeline shows: the
 * time spent working (not waiting between slices), and the longest slice.
 */
export function createSliceClock({ now, tick = now, pause, idle }: SliceClockOptions) {
  let workMs = 0;
  let longestSlice = { start: 0, duration: 0 };

  /** Closes a slice begun at `start`, counting it. */
  function end(start: number): void {
    const duration = now() - start;
    workMs += duration;
    if (duration > longestSlice.duration) longestSlice = { start, duration };
  }

  return {
    end,
    /** Starts timing a piece of work, called off by `signal`. */
    begin(signal?: AbortSignal): Slice {
      let start = now();
      let ticked = tick();
      let length = SLICE_MS;
      let idleTurns = false;
      /** How long the page stays idle, in an idle moment: slices follow each other (with the page's turn between) while it lasts. */
      let idleLeft: (() => number) | undefined;
      const over = () => tick() - ticked >= length;
      const restart = () => {
        start = now();
        ticked = tick();
      };
      return {
        get start() {
          return start;
        },
        due: over,
        async next() {
          end(start);
          if (idleTurns && idle) {
            // A new idle moment comes only after this one ends: use all of it, a slice at a time.
            if (idleLeft && idleLeft() > 1) await pause();
            else idleLeft = await idle();
            const left = idleLeft();
            length = left > 0 ? Math.min(SLICE_MS, left) : SLICE_MS;
          } else await pause();
          restart();
          return !signal?.aborted;
        },
        whenIdle() {
          idleTurns = true;
        },
        async wait(until) {
          end(start);
          await until;
          restart();
        },
      };
    },
    get workMs(): number {
      return workMs;
    },
    get longestSlice(): { start: number; duration: number } {
      return longestSlice;
    },
  };
}
