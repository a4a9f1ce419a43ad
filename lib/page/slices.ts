/** Work in slices no longer than this, then give the page its main thread back. */
export const SLICE_MS = 8;
/** Steps of work between readings of the clock. */
const CHECK_EVERY = 16;

/** One stretch of work between turns of the page. */
export interface Slice {
  /** When the current slice began. */
  readonly start: number;
  /** Whether the slice is used up; reads the clock only every few steps (reading it costs too). */
  due(): boolean;
  /** Ends the slice and gives the page its turn; false when the work was called off meanwhile. */
  next(): Promise<boolean>;
}

export interface SliceClockOptions {
  now(): number;
  /** Gives the main thread back between slices. */
  pause(): Promise<void>;
}

/**
 * Times work in slices of at most SLICE_MS, and keeps the totals the page's timeline shows: the
 * time spent working (not waiting between slices), and the longest slice.
 */
export function createSliceClock({ now, pause }: SliceClockOptions) {
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
      let steps = 0;
      let start = now();
      return {
        get start() {
          return start;
        },
        due: () => ++steps % CHECK_EVERY === 0 && now() - start > SLICE_MS,
        async next() {
          end(start);
          await pause();
          start = now();
          return !signal?.aborted;
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
