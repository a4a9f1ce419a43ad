import { type Layout, measure, type Region, takeNearest } from './regions';

/**
 * The order of the regions outside the zone: nearest the viewport first, chosen again when the
 * viewport has moved (scrolling moves what comes next). Without a layout, the order they came in.
 */
export function createRegionOrder(layout: Layout | undefined) {
  /** The viewport moved since the far regions were measured. */
  let moved = false;
  layout?.watch(() => {
    moved = true;
  });

  return {
    /** Whether the viewport moved since the far regions were measured (they are measured again at the next take). */
    get moved(): boolean {
      return moved;
    },
    /** The far region nearest the viewport, taken off the list (all measured again after the viewport moved). */
    next(far: Region[]): Region | undefined {
      if (!layout) return far.shift();
      if (moved) {
        moved = false;
        for (const region of far) measure(region, layout);
      }
      return takeNearest(far, layout.zone());
    },
  };
}
