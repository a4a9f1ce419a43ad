import { distance, type Layout, measure, type Region } from './regions';
import type { Hit } from './scan';

/** Names found far from the viewport, beyond this many, are underlined only while it is near them. */
export const WAIT_ABOVE = 2_000;

/**
 * The underlines of the names a first scan finds far from the viewport. Any change to the
 * highlight, or to the page, makes the browser rebuild the marks of all the highlight's ranges:
 * on a 5 MB page naming 12,000 models, the frame that paints them all takes 180 ms, and every
 * later change to the page as much again. So on a page with many, the far names are underlined
 * region by region while the viewport is near theirs: they are found, counted and hoverable at
 * once; their underline comes with the frame after a scroll, a resize or a page change brings the
 * viewport within a viewport height of them, and goes when the viewport is more than two viewport
 * heights past that. The highlight holds what is near the reader, not every name of the page.
 * With few, they are all underlined when the scan ends, as the others.
 */
export function createFarUnderlines(underlines: {
  /** Underlines a counted name. */
  add(hit: Hit): void;
  /** Takes a counted name's underline away. */
  remove(hit: Hit): void;
}) {
  /** The far regions whose names wait for the viewport, with those names. */
  const waiting = new Map<Region, Hit[]>();
  /** The far regions underlined while the viewport is near them, with their names. */
  const shown = new Map<Region, Hit[]>();
  /** Whether regions left far behind give their underlines back: only on a page with many names. */
  let windowed = false;

  function release(region: Region): void {
    const hits = waiting.get(region);
    if (!hits) return;
    waiting.delete(region);
    if (windowed) shown.set(region, hits);
    // Those no longer counted (their text changed or left) or underlined since are left alone.
    for (const hit of hits) if (hit.counted && !hit.range) underlines.add(hit);
  }

  /** Takes the underlines of a shown region back, until the viewport comes near it again. */
  function withdraw(region: Region, hits: readonly Hit[]): void {
    shown.delete(region);
    const counted = hits.filter((hit) => hit.counted);
    for (const hit of counted) if (hit.range) underlines.remove(hit);
    waiting.set(region, counted);
  }

  /** Whether a region's first and last elements are still on the page: only then can it be measured. */
  const whole = (region: Region) => region.ends?.every((end) => end.isConnected) ?? false;

  /**
   * Underlines the waiting regions the viewport is near now (and those no longer whole on the
   * page, which cannot be measured), and takes back those it has left far behind; whether any
   * still wait.
   */
  function follow(layout: Layout): boolean {
    const zone = layout.zone();
    const far = zone.bottom - zone.top;
    /** How far a region is from the zone, measured now. */
    const away = (region: Region) => {
      measure(region, layout);
      return distance(region, zone);
    };
    for (const [region, hits] of [...shown]) {
      if (!whole(region)) shown.delete(region);
      else if (away(region) > far) withdraw(region, hits);
    }
    for (const [region, hits] of [...waiting]) {
      if (hits.length === 0) waiting.delete(region);
      else if (!whole(region) || away(region) === 0) release(region);
    }
    return waiting.size + shown.size > 0;
  }

  return {
    /** Holds the names of a far region about to be scanned until it is released. */
    open(region: Region): void {
      if (!waiting.has(region) && !shown.has(region)) waiting.set(region, []);
    },
    /** Keeps a counted name with its far region; whether it waits (false: it is to be underlined now). */
    hold(hit: Hit): boolean {
      const region = hit.region;
      if (!region) return false;
      const waits = waiting.get(region);
      if (!waits) {
        shown.get(region)?.push(hit);
        return false;
      }
      waits.push(hit);
      return true;
    },
    /** Whether a counted name waits for the viewport to come near its region. */
    waits: (hit: Hit): boolean => hit.region !== undefined && waiting.has(hit.region),
    release,
    follow,
    /**
     * At the end of a first scan: with few names waiting, underlines them all for good; with
     * many, those the viewport is near, the others as it comes near them. Whether the viewport is
     * to be followed.
     */
    settle(layout: Layout): boolean {
      let held = 0;
      for (const hits of waiting.values()) held += hits.length;
      if (held > WAIT_ABOVE) {
        windowed = true;
        return follow(layout);
      }
      for (const region of [...waiting.keys()]) release(region);
      shown.clear();
      return false;
    },
  };
}
