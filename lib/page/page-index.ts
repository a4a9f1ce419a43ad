import type { Matcher } from '../detect/matcher';
import type { RangeSet } from './highlights';
import { createHoldBack } from './hold-back';
import { LONG_TEXT, namesInPiece, pieceEnd } from './long-text';
import { createPageHits } from './page-hits';
import { createRegionOrder } from './region-order';
import { distance, type Layout, planRegions, type Region } from './regions';
import { type ChangeRecord, rootsToRescan } from './rescan-roots';
import { type Hit, hitsIn, isSkippedElement, rangeOf, TextNodeWalk } from './scan';
import { createShadowRoots } from './shadow-roots';
import { createSkippedContentCheck, type SkippedContentCheck } from './skipped-content';
import { createSliceClock, type Slice } from './slices';
import { createUnderlines } from './underlines';
import { idleTurn, yieldToPage } from './yield';

/** Work far from the viewport waits this long at most for the page to be idle. */
const IDLE_TIMEOUT_MS = 100;

export interface PageIndexOptions {
  match: Matcher;
  /** Where the ranges of counted hits go (the page's highlight). */
  highlight: RangeSet;
  /** The extension's own element on the page, never scanned. */
  ownHost?: Element;
  /** Gives the main thread back between slices. */
  yieldToPage?: () => Promise<void>;
  /** Waits for the page to be idle, between slices of work far from the viewport (see idleTurn). */
  idle?: () => Promise<() => number>;
  now?: () => number;
  /**
   * The page's layout, to scan what is in and near the viewport first and the rest nearest
   * first; without one (outside browsers), a scan goes in document order.
   */
  layout?: Layout;
  /** Called with each open shadow root found, so the caller can watch it for changes. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Text around ambiguous names that tells whether the page is about AI, when no name settles it. */
  context?: (hits: readonly Hit[]) => string;
}

/**
 * Every model name on the page, kept up to date incrementally: a changed text node is matched
 * again, added subtrees are scanned, removed ones dropped, and each hit's range is added to or
 * removed from the highlight as it comes and goes, in time slices. The first scan takes what is
 * in and near the viewport first and underlines it at once; the rest follows in idle time,
 * nearest first (scrolling moves what comes next), and is underlined at the end, in as few
 * repaints as can be, or, on a page with many names, as the viewport comes near them
 * (underlines.ts, far-underlines.ts). Ambiguous names ("o3", "Grok 4") are held back until the
 * page shows it is about AI models. Reads the page and never changes it.
 */
export function createPageIndex(options: PageIndexOptions) {
  const { match, ownHost, layout, now = () => performance.now() } = options;
  const clock = createSliceClock({
    now,
    tick: options.now ?? Date.now,
    pause: options.yieldToPage ?? yieldToPage,
    idle: options.idle ?? (() => idleTurn(IDLE_TIMEOUT_MS)),
  });
  const hits = createPageHits(ownHost);
  const underlines = createUnderlines({ highlight: options.highlight, counted: hits.counted, layout });
  /** Names were counted that the reader may be looking at: paint at the end of this slice. */
  let paintSoon = false;
  const holdBack = createHoldBack<Hit>({
    context: options.context,
    resolveShortName: (hit) => match.modelOfShortName(hit.shortName ?? '', hits.mostNamed),
    count(hit) {
      hits.count(hit);
      underlines.add(hit);
    },
  });
  const shadowRoots = createShadowRoots(options.onShadowRoot);
  /** Shadow roots met in the part being scanned, scanned right after it. */
  let metShadows: ShadowRoot[] = [];
  const farOrder = createRegionOrder(layout);

  const foundShadow = (shadow: ShadowRoot) => {
    if (shadowRoots.add(shadow)) metShadows.push(shadow);
  };
  const metCustomElement = (element: Element) => shadowRoots.wait(element);

  function forget(node: Text) {
    for (const hit of hits.take(node) ?? []) {
      holdBack.drop(hit);
      if (hits.uncount(hit)) underlines.remove(hit);
    }
  }

  /** Keeps the names found in a text node: of a far region whose underlines may wait, when `farRegion` is given. */
  function keep(node: Text, found: readonly Hit[], farRegion?: Region) {
    // Most text nodes name no model.
    if (found.length === 0) return;
    if (farRegion) for (const hit of found) hit.region = farRegion;
    hits.keep(node, found);
    if (holdBack.take(found)) paintSoon = true;
  }

  /** Drops the hits under a root now off limits (made editable, moved into a field): they would be stale. */
  function forgetUnder(root: Node) {
    if (hits.size === 0) return;
    // Its own text nodes, not every indexed one: a page adds scripts and styles all the time.
    // Those a walk skips (in scripts, editors) never had hits.
    const walk = new TextNodeWalk(root, ownHost);
    for (let node = walk.next(); node; node = walk.next()) forget(node);
  }

  /** Paints what waits, a slice at a time; false when called off meanwhile. */
  function paint(slice: Slice): Promise<boolean> {
    paintSoon = false;
    return underlines.paint(slice);
  }

  /**
   * Settles the names held back (is the page about AI?) and the short names with what is found so
   * far, and at the end of a first scan the far names' underlines, then paints; false when called off.
   */
  async function settleAndPaint(slice: Slice, firstScanEnd = false): Promise<boolean> {
    holdBack.checkContext();
    while (!holdBack.resolveShortNames(slice.due)) if (!(await slice.next())) return false;
    if (firstScanEnd) underlines.settle();
    return paint(slice);
  }

  /** Ends a slice when it is due, painting first what the reader may be looking at; false when called off. */
  async function nextSlice(slice: Slice, skipped: SkippedContentCheck): Promise<boolean> {
    if (paintSoon && !(await paint(slice))) return false;
    if (!(await slice.next())) return false;
    skipped.forget();
    return true;
  }

  /** Matches every text node of a region, in slices; false when called off. */
  async function scanRegion(region: Region, slice: Slice, skipped: SkippedContentCheck, farRegion?: Region) {
    const run = region.start === undefined ? undefined : { start: region.start, stop: region.stop ?? null };
    const walk = new TextNodeWalk(region.parent, ownHost, foundShadow, metCustomElement, run);
    for (let node = walk.next(); node; node = walk.next()) {
      // Its length, not its text: the text is read once, to be matched.
      if (node.length > LONG_TEXT) {
        if (!(await indexLong(node, slice, skipped, farRegion))) return false;
        continue;
      }
      forget(node);
      keep(node, hitsIn(node, match), farRegion);
      if (slice.due() && !(await nextSlice(slice, skipped))) return false;
    }
    return true;
  }

  /** A long text, matched a piece at a time with the page's turn between pieces; false when called off. */
  async function indexLong(node: Text, slice: Slice, skipped: SkippedContentCheck, farRegion?: Region) {
    forget(node);
    const data = node.data;
    const found: Hit[] = [];
    for (let from = 0; from < data.length; ) {
      const to = pieceEnd(data, from);
      for (const mention of namesInPiece(data, from, to, match)) found.push({ ...mention, node, counted: false });
      from = to;
      if (slice.due() && !(await nextSlice(slice, skipped))) return false;
    }
    // Changed meanwhile: its own change record brings it back.
    if (node.data === data) keep(node, found, farRegion);
    return true;
  }

  /**
   * Scans the roots: what is in the viewport first (then painted), then the margin around it
   * and the rest in idle time, nearest first; shadow roots met are scanned right after the part that holds
   * them. Paints at the end.
   */
  async function scanRoots(roots: readonly Node[], slice: Slice, withLayout: boolean): Promise<void> {
    await underlines.during(() => scanParts(roots, slice, withLayout));
    // A page change may have moved the page under the viewport.
    if (!withLayout) underlines.checkSoon();
  }

  /** What scanRoots does, while it counts as running. */
  async function scanParts(roots: readonly Node[], slice: Slice, withLayout: boolean): Promise<void> {
    const skipped = createSkippedContentCheck(ownHost);
    const near: Region[] = [];
    /** Regions around the viewport: scanned right after those in it are underlined. */
    const margin: Region[] = [];
    const far: Region[] = [];
    const canSplit = (element: Element) =>
      !element.shadowRoot && !element.localName.includes('-') && !isSkippedElement(element, ownHost);
    // The layout is read at the start of a frame, when the browser lays the page out anyway.
    if (layout && withLayout) await slice.wait(layout.frame());
    for (const root of roots) {
      if (!root.isConnected) continue;
      if (skipped(root)) forgetUnder(root);
      else if (layout && withLayout) planRegions(root, layout, canSplit, near, far, margin);
      else near.push({ parent: root });
    }
    let viewportDone = far.length === 0 && margin.length === 0;
    for (;;) {
      let region = near.shift();
      if (!region && !viewportDone) {
        // Everything in the viewport is found: it is underlined now; the margin around it comes
        // next, and the rest waits. Its short names ("Opus") take the model the page has named most so far.
        viewportDone = true;
        if (!(await settleAndPaint(slice))) return;
        slice.whenIdle();
      }
      const inMargin = !region && margin.length > 0;
      region ??= margin.shift();
      if (!region) {
        if (farOrder.moved && layout && far.length > 0) await slice.wait(layout.frame());
        region = farOrder.next(far);
        if (!region) break;
      }
      metShadows = [];
      // A far region's underlines may wait for the viewport, in a first scan.
      const farRegion = region.ends && layout && withLayout ? region : undefined;
      if (farRegion) underlines.open(farRegion);
      if (!(await scanRegion(region, slice, skipped, farRegion))) return;
      // Shadow roots met are scanned next, at their host's place in the order.
      for (const shadow of metShadows) (region.ends ? far : near).unshift({ parent: shadow, extent: region.extent });
      // The margin is underlined as soon as it is all scanned, before the far regions.
      if (inMargin && margin.length === 0 && underlines.pending && !(await paint(slice))) return;
      // A far region the viewport has moved onto is underlined now.
      if (region.ends && layout && distance(region, layout.zone()) === 0) {
        underlines.release(region);
        if (underlines.pending && !(await paint(slice))) return;
      }
    }
    if (!(await settleAndPaint(slice, withLayout))) return;
    clock.end(slice.start);
  }

  /**
   * Applies a batch of page changes: only what changed is matched again. Reading the changes is
   * work too (a page part can add tens of thousands of nodes at once): it is timed and sliced
   * with the scan.
   */
  async function update(records: readonly ChangeRecord[], signal?: AbortSignal): Promise<void> {
    const slice = clock.begin(signal);
    const rescan = await rootsToRescan(records, slice);
    if (!rescan) return;
    if (rescan.removed) {
      for (const node of [...hits.nodes()]) {
        if (!node.isConnected) forget(node);
        if (slice.due() && !(await slice.next())) return;
      }
    }
    await scanRoots(rescan.roots, slice, false);
  }

  /**
   * Scans the shadow roots that custom elements met earlier have got since, and stops waiting
   * for those now defined without one or gone; whether any still wait.
   */
  async function scanLateShadowRoots(signal?: AbortSignal): Promise<boolean> {
    const slice = clock.begin(signal);
    const found = await shadowRoots.late(slice);
    if (!found) return true;
    await scanRoots(found, slice, false);
    return shadowRoots.waitingHosts.size > 0;
  }

  return {
    /** Matches every text node under the given roots (and the shadow roots met), the viewport's first. */
    scan: (roots: Iterable<Node>, signal?: AbortSignal) => scanRoots([...roots], clock.begin(signal), true),
    update,
    scanLateShadowRoots,
    /** Custom elements that may still get a shadow root (cleared to stop waiting for them). */
    waitingHosts: shadowRoots.waitingHosts,
    hitAt: hits.hitAt,
    hitsUnder: hits.hitsUnder,
    modelCounts: hits.modelCounts,
    /** A live range over a hit, to measure it. */
    rangeOf,
    get shadowRoots(): ReadonlySet<ShadowRoot> {
      return shadowRoots.roots;
    },
    /** Time spent working (not waiting between slices) on all scans so far. */
    get workMs(): number {
      return clock.workMs;
    },
    /** The longest stretch of work done without yielding to the page so far. */
    get longestSlice(): { start: number; duration: number } {
      return clock.longestSlice;
    },
  };
}

export type PageIndex = ReturnType<typeof createPageIndex>;
