import { distance, type Layout, measure, type Region } from './regions';
import type { Hit } from './scan';

/** Names found far from the viewport, beyond this many, wait for it to come near to be underlined. */
export const WAIT_ABOVE = 2_000;

/**
 * The underlines of the names a first scan finds far from the viewport. Any change to the
 * highlight makes the browser rebuild the marks of all its ranges: on a 5 MB page naming 12,000
 * models, the frame that paints them all takes 180 ms, and every later change to the page as
 * much again. So on a page with many, the far names wait, region by region, until the viewport
 * comes near theirs (a scroll, a resize, a page change): they are found, counted and hoverable at
 * once, only their underline waits, and it comes with the frame that brings them near. With few,
 * they are all underlined when the scan ends, as the others.
 */
export function createFarUnderlines(underline: (hit: Hit) => void) {
  /** The far regions scanned or being scanned whose names wait, with those names. */
  const waiting = new Map<Region, Hit[]>();
  let held = 0;

  function release(region: Region): void {
    const hits = waiting.get(region);
    if (!hits) return;
    waiting.delete(region);
    held -= hits.length;
    // Those no longer counted (their text changed or left) or underlined since are left alone.
    for (const hit of hits) if (hit.counted && !hit.range) underline(hit);
  }

  /** Underlines the regions the viewport is near now, and those no longer whole on the page; whether any still wait. */
  function releaseNear(layout: Layout): boolean {
    const zone = layout.zone();
    for (const [region, hits] of [...waiting]) {
      if (hits.length === 0) {
        waiting.delete(region);
        continue;
      }
      if (!region.ends?.every((end) => end.isConnected)) {
        release(region);
        continue;
      }
      measure(region, layout);
      if (distance(region, zone) === 0) release(region);
    }
    return waiting.size > 0;
  }

  return {
    /** Holds the names of a far region about to be scanned until it is released. */
    open(region: Region): void {
      if (!waiting.has(region)) waiting.set(region, []);
    },
    /** Holds a counted name of a waiting region; false when it is to be underlined now. */
    hold(hit: Hit): boolean {
      const hits = hit.region && waiting.get(hit.region);
      if (!hits) return false;
      hits.push(hit);
      held++;
      return true;
    },
    /** Whether a counted name waits for its region to come near the viewport. */
    waits: (hit: Hit): boolean => hit.region !== undefined && waiting.has(hit.region),
    release,
    releaseNear,
    /**
     * At the end of a first scan: with few names waiting, underlines them all; with many, those
     * the viewport is near. Whether any still wait.
     */
    settle(layout: Layout): boolean {
      if (held > WAIT_ABOVE) return releaseNear(layout);
      for (const region of [...waiting.keys()]) release(region);
      return false;
    },
    get size(): number {
      return held;
    },
  };
}
