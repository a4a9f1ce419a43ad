/** Measures of page changes left on the page's performance timeline, at most (the longest slice is cumulative). */
const KEPT_UPDATE_MEASURES = 100;

export interface ScanTimes {
  /** Time spent working (not waiting between slices) on all scans so far. */
  readonly workMs: number;
  /** The longest stretch of work done without yielding to the page so far. */
  readonly longestSlice: { start: number; duration: number };
}

/**
 * Makes visible to performance tools (and the benchmark) how long a scan or a batch of page
 * changes took from start to end, how much of that was the content script's own work (the rest
 * is the page's and the browser's, between slices), and the longest stretch it held the main
 * thread. The page's timeline keeps every entry, so those of page changes are cleared now and
 * then: a page that changes all the time (a ticker, a streamed answer) would otherwise collect
 * them without end.
 */
export function createScanMarks(times: ScanTimes) {
  let workBefore = 0;
  let updateMeasures = 0;
  return {
    /** Leaves the measures of one piece of work, `name` being 'modelpeek:first-scan' or 'modelpeek:update'. */
    measure(name: string, start: number): void {
      if (name === 'modelpeek:update' && ++updateMeasures > KEPT_UPDATE_MEASURES) {
        updateMeasures = 1;
        for (const kept of [name, `${name}:work`, 'modelpeek:longest-slice']) performance.clearMeasures(kept);
      }
      performance.measure(name, { start, end: performance.now() });
      performance.measure(`${name}:work`, { start, duration: times.workMs - workBefore });
      workBefore = times.workMs;
      const { start: sliceStart, duration } = times.longestSlice;
      performance.measure('modelpeek:longest-slice', { start: sliceStart, duration });
    },
  };
}
