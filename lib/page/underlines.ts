import { createFarUnderlines } from './far-underlines';
import { guarded } from './guarded';
import type { RangeSet } from './highlights';
import { createPainter } from './painter';
import type { Layout } from './regions';
import type { Hit } from './scan';
import type { Slice } from './slices';

/**
 * When each counted name's underline is painted: with the slice that counts it, or, for a name
 * far from the viewport on a page with many (far-underlines.ts), in the frame after the viewport
 * comes near its region, and taken back once the viewport has left it far behind. The page index
 * counts the names; this paints them.
 */
export function createUnderlines(options: {
  /** The page's highlight. */
  highlight: RangeSet;
  /** Every counted name, for a highlight drawn afresh. */
  counted: () => Iterable<Hit>;
  layout?: Layout;
}) {
  const { layout } = options;
  const far = createFarUnderlines({ add: (hit) => painter.add(hit), remove: (hit) => painter.remove(hit) });
  const underlinable = (hit: Hit) => !far.waits(hit);
  const painter = createPainter(
    options.highlight,
    function* underlined() {
      for (const hit of options.counted()) if (underlinable(hit)) yield hit;
    },
    underlinable,
  );
  /** Scans running: an underline released by a scroll meanwhile is painted by the scan. */
  let scanning = 0;
  /** The viewport's moves are watched for the far names' underlines. */
  let watching = false;
  /** A check of the waiting underlines is due at the next frame. */
  let checkDue = false;

  /** At the next frame, follows the viewport with the far names' underlines (a scan running paints them at its end). */
  function checkSoon(): void {
    if (checkDue || !layout || !watching) return;
    checkDue = true;
    void layout.frame().then(
      guarded(() => {
        checkDue = false;
        far.follow(layout);
        if (scanning === 0 && painter.pending) painter.paint(() => false);
      }),
    );
  }

  return {
    /** Underlines a name just counted: now, or when the viewport comes near its far region. */
    add(hit: Hit): void {
      if (!far.hold(hit)) painter.add(hit);
    },
    /** Takes away the underline of a name no longer counted. */
    remove: (hit: Hit) => painter.remove(hit),
    /** Whether an underline waits to be painted or taken away. */
    get pending(): boolean {
      return painter.pending;
    },
    /** Paints what waits, a slice at a time; false when called off meanwhile. */
    async paint(slice: Slice): Promise<boolean> {
      while (!painter.paint(slice.due)) if (!(await slice.next())) return false;
      return true;
    },
    /** Holds the names of a far region about to be scanned, in a first scan. */
    open: far.open,
    /** Underlines, with the next paint, a far region the viewport has moved onto. */
    release: far.release,
    /**
     * At the end of a first scan: with few far names, underlines them all; with many, those the
     * viewport is near, and from then on follows it.
     */
    settle(): void {
      if (!layout || !far.settle(layout) || watching) return;
      watching = true;
      layout.watch(checkSoon);
    },
    /** Follows the viewport at the next frame, as after a page change that may have moved it. */
    checkSoon,
    /** Runs a scan: the underlines the viewport releases meanwhile are painted by it. */
    async during(scan: () => Promise<void>): Promise<void> {
      scanning++;
      try {
        await scan();
      } finally {
        scanning--;
      }
    },
  };
}
