import { AI_CONTEXT_MIN_TERMS, countAiTerms } from '../detect/ambiguity';
import type { Matcher } from '../detect/matcher';
import type { RangeSet } from './highlights';
import { type Hit, hitsIn, isInSkippedContent, rangeOf, textNodesUnder } from './scan';

/** Work in slices no longer than this, then give the page its main thread back. */
const SLICE_MS = 8;

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

type SchedulerYield = { scheduler?: { yield?: () => Promise<void> } };

/** Yields to the page: `scheduler.yield()` where there is one, else a message-channel turn (no timer clamping). */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as SchedulerYield;
  if (scheduler?.yield) return scheduler.yield();
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
  const byNode = new Map<Text, Hit[]>();
  /** Ranges of the hits that count (painted and hoverable). */
  const counted = new Map<Hit, Range>();
  /** Ambiguous hits waiting for the page to show it is about AI. */
  const held = new Set<Hit>();
  const modelCounts = new Map<string, number>();
  const shadowRoots = new Set<ShadowRoot>();
  let aboutAi = false;
  let pendingRoots: Node[] = [];

  const foundShadow = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    options.onShadowRoot?.(shadow);
    pendingRoots.push(shadow);
  };

  function count(hit: Hit) {
    const range = rangeOf(hit);
    counted.set(hit, range);
    highlight.add(range);
    if (hit.modelId) modelCounts.set(hit.modelId, (modelCounts.get(hit.modelId) ?? 0) + 1);
  }

  function uncount(hit: Hit) {
    const range = counted.get(hit);
    if (!range) return;
    counted.delete(hit);
    highlight.delete(range);
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
    for (const hit of byNode.get(node) ?? []) {
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
    let sliceStart = now();
    while (pendingRoots.length > 0) {
      const root = pendingRoots.shift() as Node;
      if (!root.isConnected || (root.nodeType !== 9 && isInSkippedContent(root, ownHost))) continue;
      for (const node of textNodesUnder(root, ownHost, foundShadow)) {
        index(node);
        if (now() - sliceStart > SLICE_MS) {
          await pause();
          if (signal?.aborted) return;
          sliceStart = now();
        }
      }
    }
    checkContext();
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
    rangeOf(hit: Hit): Range {
      return counted.get(hit) ?? rangeOf(hit);
    },
    get shadowRoots(): ReadonlySet<ShadowRoot> {
      return shadowRoots;
    },
  };
}

export type PageIndex = ReturnType<typeof createPageIndex>;
