import type { RangeSet } from './highlights';
import { type Hit, rangeOf } from './scan';

/** Ranges handed to the highlight between readings of the clock. */
const CHECK_EVERY = 64;

/**
 * New underlines reach the highlight in batches: any change to a highlight makes the browser
 * repaint all of its ranges (about 250 ms for 40,000 in Chromium), so a long scan paints first
 * after this long, then only when the unpainted ranges are as many as the painted ones. The
 * repaints then add up to about twice one final repaint.
 */
const FIRST_PAINT_MS = 250;

/**
 * The underlines of the counted names: each gets a static range, handed to the page's
 * highlight in batches (see FIRST_PAINT_MS), a batch at most a slice long.
 */
export function createPainter(highlight: RangeSet, now: () => number, sliceMs: number) {
  const ranges = new Map<Hit, AbstractRange>();
  /** Ranges counted but not yet handed to the highlight. */
  const unpainted = new Set<AbstractRange>();
  let paintedCount = 0;
  /** A batch is being handed over: it is finished before matching goes on. */
  let painting = false;

  return {
    add(hit: Hit): void {
      const range = staticRangeOf(hit);
      ranges.set(hit, range);
      unpainted.add(range);
    },
    /** Takes a name's underline away; whether it had one. */
    remove(hit: Hit): boolean {
      const range = ranges.get(hit);
      if (!range) return false;
      ranges.delete(hit);
      if (!unpainted.delete(range)) {
        highlight.delete(range);
        paintedCount--;
      }
      return true;
    },
    has: (hit: Hit) => ranges.has(hit),
    /** Whether a scan begun at `scanStart` should hand a batch over now. */
    due: (scanStart: number) =>
      painting || (now() - scanStart > FIRST_PAINT_MS && unpainted.size > 0 && unpainted.size >= paintedCount),
    /**
     * Hands the unpainted ranges to the highlight until the slice begun at `sliceStart` is used
     * up (thousands of ranges added at once held the main thread for tens of milliseconds);
     * whether all are painted.
     */
    paint(sliceStart: number): boolean {
      painting = true;
      let sinceCheck = 0;
      for (const range of unpainted) {
        highlight.add(range);
        unpainted.delete(range);
        paintedCount++;
        if (++sinceCheck === CHECK_EVERY) {
          sinceCheck = 0;
          if (now() - sliceStart > sliceMs) return false;
        }
      }
      painting = false;
      return true;
    },
  };
}

/**
 * A static range over a hit, for the highlight: cheaper than a live Range, which the browser
 * must update on every change to the page. A changed text node is matched again anyway.
 */
function staticRangeOf(hit: Hit): AbstractRange {
  if (typeof StaticRange === 'undefined') return rangeOf(hit);
  return new StaticRange({
    startContainer: hit.node,
    startOffset: hit.start,
    endContainer: hit.node,
    endOffset: hit.end,
  });
}
