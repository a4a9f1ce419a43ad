import type { Matcher } from '../detect/matcher';
import type { RangeSet } from './highlights';
import { createHoldBack } from './hold-back';
import { LONG_TEXT, namesInPiece, pieceEnd } from './long-text';
import { createPageHits } from './page-hits';
import { createPainter } from './painter';
import { type ChangeRecord, rootsToRescan } from './rescan-roots';
import { type Hit, hitsIn, isInSkippedContent, isSkippedElement, rangeOf, TextNodeWalk } from './scan';
import { createSliceClock, SLICE_MS, type Slice } from './slices';
import { yieldToPage } from './yield';

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
 * Every model name on the page, kept up to date incrementally: a changed text node is matched
 * again, added subtrees are scanned, removed ones dropped, and each hit's range is added to or
 * removed from the highlight as it comes and goes, in time slices. Ambiguous names ("o3",
 * "Grok 4") are held back until the page shows it is about AI models. Reads the page and never
 * changes it.
 */
export function createPageIndex(options: PageIndexOptions) {
  const { match, ownHost, now = () => performance.now() } = options;
  const clock = createSliceClock({ now, pause: options.yieldToPage ?? yieldToPage });
  const hits = createPageHits(ownHost);
  const painter = createPainter(options.highlight, now, SLICE_MS);
  const holdBack = createHoldBack<Hit>({
    context: options.context,
    resolveShortName(hit) {
      let best: { id: string; count: number } | undefined;
      for (const id of match.modelsNamed(hit.shortName ?? '')) {
        const count = hits.modelCounts.get(id) ?? 0;
        if (count > (best?.count ?? 0)) best = { id, count };
      }
      return best?.id;
    },
    count(hit) {
      hits.count(hit);
      painter.add(hit);
    },
  });
  const shadowRoots = new Set<ShadowRoot>();
  /**
   * Custom elements met without a shadow root: their definition may come later and give them one
   * (an upgrade), which no change record tells.
   */
  const waitingHosts = new Set<Element>();
  /** Roots still to walk in the current scan; shadow roots found on the way are added. */
  let pendingRoots: Node[] = [];

  const foundShadow = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    options.onShadowRoot?.(shadow);
    pendingRoots.push(shadow);
  };
  const metCustomElement = (element: Element) => {
    waitingHosts.add(element);
  };

  function forget(node: Text) {
    for (const hit of hits.take(node) ?? []) {
      holdBack.drop(hit);
      if (hits.uncount(hit)) painter.remove(hit);
    }
  }

  function keep(node: Text, found: readonly Hit[]) {
    // Most text nodes name no model.
    if (found.length === 0) return;
    hits.keep(node, found);
    holdBack.take(found);
  }

  /** Drops the hits under a root now off limits (made editable, moved into a field): they would be stale. */
  function forgetUnder(root: Node) {
    if (hits.size === 0) return;
    // Its own text nodes, not every indexed one: a page adds scripts and styles all the time.
    // Those a walk skips (in scripts, editors) never had hits.
    const walk = new TextNodeWalk(root, ownHost);
    for (let node = walk.next(); node; node = walk.next()) forget(node);
  }

  /** Matches every text node under the given roots (and the shadow roots met), in time slices. */
  function scan(roots: Iterable<Node>, signal?: AbortSignal): Promise<void> {
    return scanRoots([...roots], clock.begin(signal));
  }

  async function scanRoots(roots: Node[], slice: Slice): Promise<void> {
    const scanStart = slice.start;
    const skipped = skippedContentCheck();
    const nextSlice = async () => {
      if (!(await slice.next())) return false;
      skipped.forget();
      if (painter.due(scanStart)) painter.paint(slice.start);
      return true;
    };
    /** A long text, matched a piece at a time with the page's turn between pieces; false when called off. */
    const indexLong = async (node: Text) => {
      forget(node);
      const data = node.data;
      const found: Hit[] = [];
      for (let from = 0; from < data.length; ) {
        const to = pieceEnd(data, from);
        for (const mention of namesInPiece(data, from, to, match)) found.push({ ...mention, node });
        from = to;
        if (now() - slice.start > SLICE_MS && !(await nextSlice())) return false;
      }
      // Changed meanwhile: its own change record brings it back.
      if (node.data === data) keep(node, found);
      return true;
    };
    pendingRoots = roots;
    for (let next = 0; next < roots.length; next++) {
      const root = roots[next] as Node;
      if (!root.isConnected) continue;
      if (skipped(root)) {
        forgetUnder(root);
        continue;
      }
      const walk = new TextNodeWalk(root, ownHost, foundShadow, metCustomElement);
      for (let node = walk.next(); node; node = walk.next()) {
        // Its length, not its text: the text is read once, to be matched.
        if (node.length > LONG_TEXT) {
          if (!(await indexLong(node))) return;
          continue;
        }
        forget(node);
        keep(node, hitsIn(node, match));
        if (slice.due() && !(await nextSlice())) return;
      }
    }
    holdBack.checkContext();
    holdBack.resolveShortNames();
    while (!painter.paint(slice.start)) if (!(await slice.next())) return;
    clock.end(slice.start);
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
    await scanRoots(rescan.roots, slice);
  }

  /**
   * Scans the shadow roots that custom elements met earlier have got since, and stops waiting
   * for those now defined without one or gone; whether any still wait.
   */
  async function scanLateShadowRoots(signal?: AbortSignal): Promise<boolean> {
    const slice = clock.begin(signal);
    pendingRoots = [];
    for (const element of waitingHosts) {
      const shadow = element.isConnected ? element.shadowRoot : null;
      if (shadow || !element.isConnected || element.matches(':defined')) waitingHosts.delete(element);
      if (shadow) foundShadow(shadow);
      if (slice.due() && !(await slice.next())) return true;
    }
    await scanRoots(pendingRoots, slice);
    return waitingHosts.size > 0;
  }

  return {
    scan,
    update,
    scanLateShadowRoots,
    /** Custom elements that may still get a shadow root (cleared to stop waiting for them). */
    waitingHosts: waitingHosts as { readonly size: number; clear(): void },
    hitAt: hits.hitAt,
    hitsUnder: hits.hitsUnder,
    modelCounts: hits.modelCounts,
    /** A live range over a hit, to measure it. */
    rangeOf,
    get shadowRoots(): ReadonlySet<ShadowRoot> {
      return shadowRoots;
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
