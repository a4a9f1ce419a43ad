import { AI_CONTEXT_MIN_TERMS, countAiTerms } from '../detect/ambiguity';
import type { Matcher } from '../detect/matcher';
import type { RangeSet } from './highlights';
import { type Hit, hitsIn, isInSkippedContent, isSkippedElement, rangeOf, TextNodeWalk, textNodesUnder } from './scan';

/** Work in slices no longer than this, then give the page its main thread back. */
const SLICE_MS = 8;

/**
 * New underlines reach the highlight in batches: any change to a highlight makes the browser
 * repaint all of its ranges (about 250 ms for 40,000 in Chromium), so a long scan paints first
 * after this long, then only when the unpainted ranges are as many as the painted ones. The
 * repaints then add up to about twice one final repaint.
 */
const FIRST_PAINT_MS = 250;

export interface PageIndexOptions {
  match: Matcher;
  /** Where the ranges of counted hits go (the page's highlight). */
  highlight: RangeSet;
  /** The extension's own element on the page, never scanned. */
  ownHost?: Element;
  /** Gives the main thread back between slices. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Called with each open shadow root found, so the caller can watch it for changes. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Text around ambiguous names that tells whether the page is about AI, when no name settles it. */
  context?: (hits: readonly Hit[]) => string;
}

/**
 * Yields to the page with a message-channel turn: queued behind the page's own tasks (unlike
 * `scheduler.yield()`, which would run first and starve them), and without timer clamping.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Every model name on the page, kept up to date incrementally: a changed text node is matched
 * again, added subtrees are scanned, removed ones dropped, and each hit's range is added to or
 * removed from the highlight as it comes and goes, in time slices. Ambiguous names ("o3",
 * "Grok 4") are held back until the page shows it is about AI models. Reads the page and never
 * changes it.
 */
export function createPageIndex(options: PageIndexOptions) {
  const { match, highlight, ownHost, now = () => performance.now() } = options;
  const pause = options.yieldToPage ?? yieldToPage;
  const byNode = new Map<Text, readonly Hit[]>();
  /** Ranges of the hits that count (painted and hoverable). */
  const counted = new Map<Hit, AbstractRange>();
  /** Ranges counted but not yet handed to the highlight. */
  const unpainted = new Set<AbstractRange>();
  let paintedCount = 0;
  /** Ambiguous hits waiting for the page to show it is about AI. */
  const held = new Set<Hit>();
  const modelCounts = new Map<string, number>();
  const shadowRoots = new Set<ShadowRoot>();
  let aboutAi = false;
  let pendingRoots: Node[] = [];
  let longestSlice = { start: 0, duration: 0 };
  let workMs = 0;
  const endSlice = (start: number) => {
    const duration = now() - start;
    workMs += duration;
    if (duration > longestSlice.duration) longestSlice = { start, duration };
  };

  const foundShadow = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    options.onShadowRoot?.(shadow);
    pendingRoots.push(shadow);
  };

  function count(hit: Hit) {
    const range = staticRangeOf(hit);
    counted.set(hit, range);
    unpainted.add(range);
    if (hit.modelId) modelCounts.set(hit.modelId, (modelCounts.get(hit.modelId) ?? 0) + 1);
  }

  /** A batch of underlines is being handed over: it is finished before matching goes on. */
  let painting = false;

  /**
   * Hands the unpainted ranges to the highlight until the slice begun at `sliceStart` is used up
   * (thousands of ranges added at once held the main thread for tens of milliseconds); whether
   * all are painted.
   */
  function paint(sliceStart: number): boolean {
    painting = true;
    let sinceCheck = 0;
    for (const range of unpainted) {
      highlight.add(range);
      unpainted.delete(range);
      paintedCount++;
      if (++sinceCheck === 64) {
        sinceCheck = 0;
        if (now() - sliceStart > SLICE_MS) return false;
      }
    }
    painting = false;
    return true;
  }

  function uncount(hit: Hit) {
    const range = counted.get(hit);
    if (!range) return;
    counted.delete(hit);
    if (!unpainted.delete(range)) {
      highlight.delete(range);
      paintedCount--;
    }
    if (!hit.modelId) return;
    const left = (modelCounts.get(hit.modelId) ?? 1) - 1;
    if (left > 0) modelCounts.set(hit.modelId, left);
    else modelCounts.delete(hit.modelId);
  }

  function settleAboutAi() {
    aboutAi = true;
    for (const hit of held) if (hit.node.isConnected) count(hit);
    held.clear();
  }

  function forget(node: Text) {
    const hits = byNode.get(node);
    if (!hits) return;
    for (const hit of hits) {
      held.delete(hit);
      uncount(hit);
    }
    byNode.delete(node);
  }

  function index(node: Text) {
    forget(node);
    const hits = hitsIn(node, match);
    if (hits.length === 0) return;
    byNode.set(node, hits);
    for (const hit of hits) {
      if (hit.ambiguous && !aboutAi) held.add(hit);
      else count(hit);
      if (!aboutAi && !hit.ambiguous && hit.modelId !== null) settleAboutAi();
    }
  }

  /** Ambiguous names count when the text around them is about AI. */
  function checkContext() {
    if (aboutAi || held.size === 0 || !options.context) return;
    if (countAiTerms(options.context([...held])) >= AI_CONTEXT_MIN_TERMS) settleAboutAi();
  }

  /** Matches every text node under the given roots (and the shadow roots met), in time slices. */
  async function scan(roots: Iterable<Node>, signal?: AbortSignal): Promise<void> {
    pendingRoots = [...roots];
    const scanStart = now();
    let sliceStart = scanStart;
    let sinceCheck = 0;
    const skipped = skippedContentCheck();
    /** Ends the slice and gives the page its turn; false when the scan is called off meanwhile. */
    const nextSlice = async () => {
      endSlice(sliceStart);
      await pause();
      sliceStart = now();
      skipped.forget();
      return !signal?.aborted;
    };
    // Shadow roots found on the way are appended to pendingRoots and walked in turn.
    for (let next = 0; next < pendingRoots.length; next++) {
      const root = pendingRoots[next] as Node;
      if (!root.isConnected || skipped(root)) continue;
      const walk = new TextNodeWalk(root, ownHost, foundShadow);
      for (let node = walk.next(); node; node = walk.next()) {
        index(node);
        // Reading the clock costs too: look every few nodes (over all roots: an added page part
        // can be thousands of small roots).
        if (++sinceCheck < 16) continue;
        sinceCheck = 0;
        if (now() - sliceStart <= SLICE_MS) continue;
        if (!(await nextSlice())) return;
        if (painting || (now() - scanStart > FIRST_PAINT_MS && unpainted.size >= paintedCount)) paint(sliceStart);
      }
    }
    checkContext();
    while (!paint(sliceStart)) if (!(await nextSlice())) return;
    endSlice(sliceStart);
  }

  /**
   * Whether a root to scan is off limits. Roots added together mostly share a parent (a page
   * part appended as thousands of paragraphs), so the verdict on the last parent is kept until
   * the page has had its turn.
   */
  function skippedContentCheck() {
    let lastParent: Node | null = null;
    let parentSkipped = false;
    const check = (root: Node): boolean => {
      if (root.nodeType === 1 && isSkippedElement(root as Element, ownHost)) return true;
      // A document in design mode is one big editor.
      if ((root.ownerDocument ?? (root as Document)).designMode === 'on') return true;
      if (root.nodeType === 9) return false;
      const parent = root.parentNode;
      if (parent === null || parent !== lastParent) {
        lastParent = parent;
        parentSkipped = isInSkippedContent(root, ownHost);
      }
      return parentSkipped;
    };
    check.forget = () => {
      lastParent = null;
    };
    return check;
  }

  /** Applies a batch of page changes: only what changed is matched again. */
  async function update(records: readonly MutationRecord[], signal?: AbortSignal): Promise<void> {
    const changed = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === 3) changed.add(record.target);
      for (const node of record.addedNodes) changed.add(node);
      removed ||= record.removedNodes.length > 0;
    }
    if (removed) {
      for (const node of [...byNode.keys()]) if (!node.isConnected) forget(node);
    }
    // A subtree added and then changed is scanned once, from its top.
    const roots = [...changed].filter((node) => {
      for (let parent = node.parentNode; parent; parent = parent.parentNode) if (changed.has(parent)) return false;
      return true;
    });
    await scan(roots, signal);
  }

  return {
    scan,
    update,
    /** The counted hit at an offset of a text node, if any. */
    hitAt(node: Text, offset: number): Hit | undefined {
      return byNode.get(node)?.find((h) => offset >= h.start && offset <= h.end && counted.has(h));
    },
    /** The counted hits under an element, in document order. */
    hitsUnder(element: Element): Hit[] {
      const hits: Hit[] = [];
      for (const node of textNodesUnder(element, ownHost, () => {})) {
        for (const hit of byNode.get(node) ?? []) if (counted.has(hit)) hits.push(hit);
      }
      return hits;
    },
    /** How often each known model is named on the page. */
    get modelCounts(): ReadonlyMap<string, number> {
      return modelCounts;
    },
    /** A live range over a hit, to measure it. */
    rangeOf,
    get shadowRoots(): ReadonlySet<ShadowRoot> {
      return shadowRoots;
    },
    /** Time spent working (not waiting between slices) on all scans so far. */
    get workMs(): number {
      return workMs;
    },
    /** The longest stretch of work done without yielding to the page so far. */
    get longestSlice(): { start: number; duration: number } {
      return longestSlice;
    },
  };
}

export type PageIndex = ReturnType<typeof createPageIndex>;

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
