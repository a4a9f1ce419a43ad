/** Where something is, in the viewport's coordinates (pixels from its top). */
export interface Extent {
  top: number;
  bottom: number;
}

/** The browser's layout, as the scan reads it: read at the start of a frame, when it is laid out anyway. */
export interface Layout {
  /** The part of the page scanned first: the viewport and a margin above and below it. */
  zone(): Extent;
  /** An element's extent; undefined when it has no box of its own (not rendered, or `display: contents`). */
  extent(element: Element): Extent | undefined;
}

/** A run of sibling nodes to scan: from `start` up to, not including, `stop` (null: to the last). */
export interface Region {
  parent: Node;
  start: Node | null;
  stop: Node | null;
  /** Where the run lies, when known; far regions are scanned nearest first. */
  extent?: Extent;
  /** Its first and last elements, to measure it again. */
  ends?: [Element, Element];
}

/** Elements per region outside the zone: small enough that scrolling to any of them soon brings it next. */
const CHUNK = 256;
/** Top-level parts looked at one by one (headers, sidebars and the like may sit anywhere). */
const FEW = 64;

/** Where the first of the nodes from element `index` on begins: after the element before it. */
function runStart(parent: Node, elements: HTMLCollection, index: number): Node | null {
  if (index === 0) return parent.firstChild;
  if (index >= elements.length) return null;
  return (elements[index - 1] as Element).nextSibling;
}

function span(a: Extent | undefined, b: Extent | undefined): Extent | undefined {
  if (!a || !b) return a ?? b;
  return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
}

/** Where a run of elements lies, from its first and last. */
export function measure(layout: Layout, [first, last]: [Element, Element]): Extent | undefined {
  return span(layout.extent(first), first === last ? undefined : layout.extent(last));
}

const meets = (extent: Extent | undefined, zone: Extent) =>
  extent !== undefined && extent.bottom >= zone.top && extent.top <= zone.bottom;

/**
 * Splits a root into the regions to scan first, those in and near the viewport, and the others,
 * in runs of at most CHUNK elements with their extents. The root's element children are
 * assumed to follow each other down the page, as a document's flow lays them out; where they
 * do not, the order is only less good: every node is in exactly one region either way. An
 * element taller than the zone that meets it is split in turn; `split` says which may be.
 */
export function planRegions(root: Node, layout: Layout, split: (element: Element) => boolean) {
  const zone = layout.zone();
  const near: Region[] = [];
  const far: Region[] = [];
  const tall = zone.bottom - zone.top;

  /** The regions of elements [from, to) of a parent, outside the zone: in chunks. */
  const pushFar = (parent: Node, elements: HTMLCollection, from: number, to: number, last: boolean) => {
    for (let i = from; i < to; i += CHUNK) {
      const end = Math.min(to, i + CHUNK);
      const stop = end === to && last ? null : runStart(parent, elements, end);
      const ends: [Element, Element] = [elements[i] as Element, elements[end - 1] as Element];
      far.push({ parent, start: runStart(parent, elements, i), stop, ends, extent: measure(layout, ends) });
    }
  };

  /** The first element whose bottom reaches the zone's top (a binary search; elements without boxes are stepped over). */
  const firstReaching = (elements: HTMLCollection, count: number): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let probe = mid;
      let extent = layout.extent(elements[probe] as Element);
      while (!extent && probe + 1 < hi) extent = layout.extent(elements[++probe] as Element);
      if (!extent) hi = mid;
      else if (extent.bottom < zone.top) lo = probe + 1;
      else hi = mid;
    }
    return lo;
  };

  const descend = (parent: Node & ParentNode) => {
    const elements = parent.children;
    const count = elements.length;
    if (count === 0) {
      if (parent.firstChild) near.push({ parent, start: parent.firstChild, stop: null });
      return;
    }
    // Which elements meet the zone: each of a few, or a stretch found by binary search.
    let from: number;
    let to: number;
    const inZone: boolean[] = [];
    if (count <= FEW) {
      for (let i = 0; i < count; i++) inZone.push(meets(layout.extent(elements[i] as Element), zone));
      from = inZone.indexOf(true);
      to = inZone.lastIndexOf(true) + 1;
      if (from === -1) {
        // None shows (all hidden or off screen): the parent is scanned whole, in order.
        near.push({ parent, start: parent.firstChild, stop: null });
        return;
      }
    } else {
      from = Math.min(firstReaching(elements, count), count - 1);
      to = from + 1;
      while (to < count) {
        const extent = layout.extent(elements[to] as Element);
        if (extent && extent.top > zone.bottom) break;
        to++;
      }
    }
    pushFar(parent, elements, 0, from, false);
    let runFrom = from;
    for (let i = from; i < to; i++) {
      const element = elements[i] as Element;
      if (inZone.length > 0 && !inZone[i]) {
        // Among a few top-level parts, one off screen between two on it (a long article beside a sidebar).
        if (runFrom < i)
          near.push({ parent, start: runStart(parent, elements, runFrom), stop: runStart(parent, elements, i) });
        pushFar(parent, elements, i, i + 1, false);
        runFrom = i + 1;
        continue;
      }
      const extent = layout.extent(element);
      if (!extent || extent.bottom - extent.top <= tall || !split(element) || element.children.length === 0) continue;
      // Taller than the zone: its own parts, the ones in view first. What comes before it in this run is scanned now.
      if (runFrom < i)
        near.push({ parent, start: runStart(parent, elements, runFrom), stop: runStart(parent, elements, i) });
      const before = runStart(parent, elements, i);
      if (before !== element) near.push({ parent, start: before, stop: element });
      descend(element);
      runFrom = i + 1;
    }
    if (runFrom < to)
      near.push({ parent, start: runStart(parent, elements, runFrom), stop: runStart(parent, elements, to) });
    pushFar(parent, elements, to, count, true);
    // Nodes after the last element (trailing text) when every element was near or split.
    if (to === count && runFrom === count) {
      const tail = (elements[count - 1] as Element).nextSibling;
      if (tail) near.push({ parent, start: tail, stop: null });
    }
  };

  if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11) descend(root as Node & ParentNode);
  else near.push({ parent: root.parentNode ?? root, start: root, stop: root.nextSibling });
  return { near, far };
}

/** How far a region is from the zone (0 in it; unknown extents last). */
export function distance(region: Region, zone: Extent): number {
  const extent = region.extent;
  if (!extent) return Number.POSITIVE_INFINITY;
  return Math.max(0, extent.top - zone.bottom, zone.top - extent.bottom);
}
