/** Where something is, in the viewport's coordinates (pixels from its top). */
export interface Extent {
  top: number;
  bottom: number;
}

/** The browser's layout, as the scan reads it: at the start of a frame, when it is laid out anyway. */
export interface Layout {
  /** The part of the page scanned first: the viewport and a margin above and below it. */
  zone(): Extent;
  /** The viewport itself, within the zone: scanned and underlined before the margin. Without it, the zone is scanned as one. */
  view?(): Extent;
  /** An element's extent; undefined when it has no box of its own (not rendered, or `display: contents`). */
  extent(element: Element): Extent | undefined;
  /** Resolves at the start of the next frame. */
  frame(): Promise<void>;
  /** Calls `moved` whenever the viewport may show other parts of the page (the page scrolled, or was resized). */
  watch(moved: () => void): void;
}

/**
 * A part of the page to scan: all of `parent` (no `start`), or a run of its children from
 * `start` up to, not including, `stop` (null: to the last).
 */
export interface Region {
  parent: Node;
  start?: Node | null;
  stop?: Node | null;
  /** A region outside the zone: its first and last elements, to measure it, and where it lay when last measured. */
  ends?: [Element, Element];
  extent?: Extent;
}

/** Elements per region outside the zone: small enough that scrolling to any of them soon brings it next. */
const CHUNK = 256;

/** Measures where a region outside the zone lies now. */
export function measure(region: Region, layout: Layout): void {
  if (!region.ends) return;
  const [a, b] = region.ends.map((element) => layout.extent(element));
  region.extent = a && b ? { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) } : (a ?? b);
}

/** How far a region is from the zone (0: in it); unknown, after all others. */
export function distance(region: Region, zone: Extent): number {
  const extent = region.extent;
  return extent ? Math.max(0, extent.top - zone.bottom, zone.top - extent.bottom) : Number.POSITIVE_INFINITY;
}

/** Whether an extent meets another. */
const meets = (a: Extent, b: Extent) => a.bottom >= b.top && a.top <= b.bottom;

/**
 * Splits a root into the regions to scan first, those in the viewport (`near`), then those in
 * the margin around it (`margin`; with none given, in `near` too), and the others (`far`), in
 * runs of at most CHUNK elements with their extents. The root's element
 * children are taken to follow each other down the page, as a document's flow lays them out;
 * where they do not, the order is only less good: every node is in exactly one region either
 * way. An element taller than the zone that meets it is split in turn, if `split` allows.
 */
export function planRegions(
  root: Node,
  layout: Layout,
  split: (element: Element) => boolean,
  near: Region[],
  far: Region[],
  margin: Region[] = near,
): void {
  const zone = layout.zone();
  const view = layout.view?.() ?? zone;

  /** The start of the next run of the parent being split: runs follow each other without a gap. */
  let cursor: Node | null = null;
  /** Elements [from, to) of a parent, outside the zone, in chunks, each from the cursor on. */
  const pushFar = (parent: Node, elements: HTMLCollection, from: number, to: number) => {
    for (let i = from; i < to; i += CHUNK) {
      const end = Math.min(to, i + CHUNK);
      const stop = elements[end] ?? null;
      const region: Region = {
        parent,
        start: cursor,
        stop,
        ends: [elements[i] as Element, elements[end - 1] as Element],
      };
      measure(region, layout);
      far.push(region);
      cursor = stop;
    }
  };

  /** The first element whose bottom reaches the zone (a binary search; elements without boxes are stepped over). */
  const firstReaching = (elements: HTMLCollection): number => {
    let lo = 0;
    let hi = elements.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let probe = mid;
      let extent = layout.extent(elements[probe] as Element);
      while (!extent && probe + 1 < hi) extent = layout.extent(elements[++probe] as Element);
      if (extent && extent.bottom < zone.top) lo = probe + 1;
      else hi = mid;
    }
    return lo;
  };

  const descend = (parent: Node & ParentNode) => {
    const elements = parent.children;
    const count = elements.length;
    if (count === 0) {
      near.push({ parent });
      return;
    }
    // The stretch of elements that meets the zone.
    const from = Math.min(firstReaching(elements), count - 1);
    let to = from + 1;
    for (let extent: Extent | undefined; to < count; to++) {
      extent = layout.extent(elements[to] as Element);
      if (extent && extent.top > zone.bottom) break;
    }
    cursor = parent.firstChild;
    pushFar(parent, elements, 0, from);
    /** Whether the run under way is in the viewport (else in the margin). */
    let inView = false;
    /** Ends the run under way before `stop`. */
    const endRun = (stop: Node | null) => {
      if (cursor !== stop) (inView ? near : margin).push({ parent, start: cursor, stop });
      cursor = stop;
    };
    for (let i = from; i < to; i++) {
      const element = elements[i] as Element;
      const extent = layout.extent(element);
      // An element without a box stays in the run it is met in.
      if (extent && meets(extent, view) !== inView) {
        endRun(element);
        inView = !inView;
      }
      if (!extent || extent.bottom - extent.top <= zone.bottom - zone.top || element.children.length === 0) continue;
      if (!split(element)) continue;
      // Taller than the zone: its own parts, the ones in view first. What comes before it is scanned now.
      endRun(element);
      descend(element);
      cursor = element.nextSibling;
    }
    endRun(elements[to] ?? null);
    pushFar(parent, elements, to, count);
  };

  if (root.nodeType === 3 || (root.nodeType === 1 && !split(root as Element))) near.push({ parent: root });
  else descend(root as Node & ParentNode);
}

/** Takes the region nearest the zone off the list (the first of those as near); undefined when none is left. */
export function takeNearest(regions: Region[], zone: Extent): Region | undefined {
  let best = 0;
  for (let i = 1; i < regions.length; i++) {
    if (distance(regions[i] as Region, zone) < distance(regions[best] as Region, zone)) best = i;
  }
  return regions.splice(best, 1)[0];
}
