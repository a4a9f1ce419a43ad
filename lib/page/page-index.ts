import { AI_CONTEXT_MIN_TERMS, countAiTerms } from '../detect/ambiguity';
import type { Matcher } from '../detect/matcher';
import type { RangeSet } from './highlights';
import { type Hit, hitsIn, isInSkippedContent, isSkippedElement, rangeOf, TextNodeWalk } from './scan';

/** Text nodes longer than this are matched a piece of this length at a time (a raw log shown whole). */
const LONG_TEXT = 32_768;
/** Text past a piece's end the matcher still reads, to judge what follows a name near the cut. */
const LOOKAHEAD = 256;

/** Added children from which their parent is scanned whole, if they are most of its children. */
const MANY_ADDED = 64;

/** Work in slices no longer than this, then give the page its main thread back. */
const SLICE_MS = 8;
/** Steps of work between readings of the clock. */
const CHECK_EVERY = 16;

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

/** Resolvers of the turns asked for, in order; one channel serves them all (a new one per turn costs more). */
const turns: (() => void)[] = [];
let turnChannel: MessageChannel | undefined;

/**
 * Yields to the page with a message-channel turn: queued behind the page's own tasks (unlike
 * `scheduler.yield()`, which would run first and starve them), and without timer clamping.
 */
export function yieldToPage(): Promise<void> {
  if (!turnChannel) {
    turnChannel = new MessageChannel();
    turnChannel.port1.onmessage = () => turns.shift()?.();
  }
  const channel = turnChannel;
  return new Promise((resolve) => {
    turns.push(resolve);
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
  /**
   * Custom elements met without a shadow root: their definition may come later and give them one
   * (an upgrade), which no change record tells.
   */
  const waitingHosts = new Set<Element>();
  const metCustomElement = (element: Element) => {
    waitingHosts.add(element);
  };
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
    keepHits(node, hitsIn(node, match));
  }

  function keepHits(node: Text, hits: readonly Hit[]) {
    if (hits.length === 0) return;
    byNode.set(node, hits);
    for (const hit of hits) {
      if (hit.ambiguous && !aboutAi) held.add(hit);
      else count(hit);
      if (!aboutAi && !hit.ambiguous && hit.modelId !== null) settleAboutAi();
    }
  }

  /** Drops the hits under a root now off limits (made editable, moved into a field): they would be stale. */
  function forgetUnder(root: Node) {
    if (byNode.size === 0) return;
    // Its own text nodes, not every indexed one: a page adds scripts and styles all the time.
    // Those a walk skips (in scripts, editors) never had hits.
    const walk = new TextNodeWalk(root, ownHost);
    for (let node = walk.next(); node; node = walk.next()) forget(node);
  }

  /** Ambiguous names count when the text around them is about AI. */
  function checkContext() {
    if (aboutAi || held.size === 0 || !options.context) return;
    if (countAiTerms(options.context([...held])) >= AI_CONTEXT_MIN_TERMS) settleAboutAi();
  }

  /**
   * Times one scan's work in slices of at most SLICE_MS: `due()` reads the clock every few steps
   * (reading it costs too), `next()` ends the slice and gives the page its turn, and is false when
   * the scan is called off meanwhile.
   */
  function slicer(signal?: AbortSignal) {
    let steps = 0;
    const slice = {
      start: now(),
      due: () => ++steps % CHECK_EVERY === 0 && now() - slice.start > SLICE_MS,
      async next() {
        endSlice(slice.start);
        await pause();
        slice.start = now();
        return !signal?.aborted;
      },
    };
    return slice;
  }

  /** Matches every text node under the given roots (and the shadow roots met), in time slices. */
  function scan(roots: Iterable<Node>, signal?: AbortSignal): Promise<void> {
    return scanRoots([...roots], slicer(signal));
  }

  async function scanRoots(roots: Node[], slice: ReturnType<typeof slicer>): Promise<void> {
    const scanStart = slice.start;
    const skipped = skippedContentCheck();
    const nextSlice = async () => {
      if (!(await slice.next())) return false;
      skipped.forget();
      if (painting || (now() - scanStart > FIRST_PAINT_MS && unpainted.size >= paintedCount)) paint(slice.start);
      return true;
    };
    /** A long text, matched a piece at a time with the page's turn between pieces; false when called off. */
    const indexLong = async (node: Text) => {
      forget(node);
      const data = node.data;
      const hits: Hit[] = [];
      for (let from = 0; from < data.length; ) {
        let to = Math.min(data.length, from + LONG_TEXT);
        // Cut after white space, so the next piece starts at a word.
        let cut = to;
        while (to < data.length && cut > from && !/\s/.test(data[cut - 1] as string)) cut--;
        if (cut > from) to = cut;
        for (const mention of match(data.slice(from, Math.min(data.length, to + LOOKAHEAD)))) {
          if (mention.start < to - from)
            hits.push({ ...mention, start: mention.start + from, end: mention.end + from, node });
        }
        from = to;
        if (now() - slice.start > SLICE_MS && !(await nextSlice())) return false;
      }
      // Changed meanwhile: its own change record brings it back.
      if (node.data === data) keepHits(node, hits);
      return true;
    };
    // Shadow roots found on the way are appended to pendingRoots and walked in turn.
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
        index(node);
        if (slice.due() && !(await nextSlice())) return;
      }
    }
    checkContext();
    while (!paint(slice.start)) if (!(await slice.next())) return;
    endSlice(slice.start);
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
  async function update(records: readonly MutationRecord[], signal?: AbortSignal): Promise<void> {
    const slice = slicer(signal);
    const changed = new Set<Node>();
    // A node most of whose children were added (a page part put in place, at once or one by one)
    // is scanned whole, as one root, rather than each child as its own (each would cost a walker
    // and bookkeeping); what was added under it needs no entry of its own.
    const addedTo = new Map<Node, number>();
    for (const record of records) {
      const count = record.addedNodes.length;
      if (count > 0) addedTo.set(record.target, (addedTo.get(record.target) ?? 0) + count);
      if (slice.due() && !(await slice.next())) return;
    }
    for (const [target, count] of addedTo) {
      if (count >= MANY_ADDED && target.childNodes.length <= count * 2) changed.add(target);
      if (slice.due() && !(await slice.next())) return;
    }
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === 3) changed.add(record.target);
      // An element made editable, or no longer: its content is scanned again, or dropped.
      if (record.type === 'attributes') changed.add(record.target);
      removed ||= record.removedNodes.length > 0;
      const added = record.addedNodes;
      if (changed.has(record.target)) continue;
      for (let i = 0; i < added.length; i++) {
        changed.add(added[i] as Node);
        if (slice.due() && !(await slice.next())) return;
      }
    }
    if (removed) {
      for (const node of [...byNode.keys()]) {
        if (!node.isConnected) forget(node);
        if (slice.due() && !(await slice.next())) return;
      }
    }
    // A subtree added and then changed is scanned once, from its top; siblings share a verdict.
    // A loop, not recursion: a page can nest elements deeper than the stack goes.
    const covered = new Map<Node, boolean>();
    const isCovered = (parent: Node | null): boolean => {
      const path: Node[] = [];
      let verdict = false;
      for (let node = parent; node; node = node.parentNode) {
        const known = covered.get(node);
        if (known !== undefined) {
          verdict = known;
          break;
        }
        path.push(node);
        if (changed.has(node)) {
          verdict = true;
          break;
        }
      }
      for (const node of path) covered.set(node, verdict);
      return verdict;
    };
    const roots: Node[] = [];
    for (const node of changed) {
      if (!isCovered(node.parentNode)) roots.push(node);
      if (slice.due() && !(await slice.next())) return;
    }
    await scanRoots(roots, slice);
  }

  /**
   * Scans the shadow roots that custom elements met earlier have got since, and stops waiting
   * for those now defined without one or gone; whether any still wait.
   */
  async function scanLateShadowRoots(signal?: AbortSignal): Promise<boolean> {
    const slice = slicer(signal);
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
    /** The counted hit at an offset of a text node, if any. */
    hitAt(node: Text, offset: number): Hit | undefined {
      return byNode.get(node)?.find((h) => offset >= h.start && offset <= h.end && counted.has(h));
    },
    /** The counted hits under an element, in document order. */
    hitsUnder(element: Element): Hit[] {
      const hits: Hit[] = [];
      const walk = new TextNodeWalk(element, ownHost);
      for (let node = walk.next(); node; node = walk.next()) {
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
