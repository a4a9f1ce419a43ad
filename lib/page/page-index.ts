import { resolveAmbiguity } from '../detect/context';
import type { Matcher } from '../detect/matcher';
import { type Hit, hitsIn, isInSkippedContent, rangeOf, textNodesUnder } from './scan';

/** Work in slices no longer than this, then give the page its main thread back. */
const SLICE_MS = 8;

export interface PageIndexOptions {
  match: Matcher;
  /** The extension's own element on the page, never scanned. */
  ownHost?: Element;
  /** Gives the main thread back between slices. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Called with each open shadow root found, so the caller can watch it for changes. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Text that tells whether the page is about AI, when only ambiguous names were found. */
  context?: (hits: readonly Hit[]) => string;
}

const yieldByTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every model name on the page, by text node, kept up to date incrementally: a changed text
 * node is matched again, added subtrees are scanned, removed ones dropped. Reads the page and
 * never changes it.
 */
export function createPageIndex(options: PageIndexOptions) {
  const { match, ownHost, yieldToPage = yieldByTimeout, now = () => performance.now() } = options;
  const byNode = new Map<Text, Hit[]>();
  const ranges = new Map<Hit, Range>();
  const shadowRoots = new Set<ShadowRoot>();
  let active: Hit[] = [];
  let activeByNode = new Map<Text, Hit[]>();

  const foundShadow = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    options.onShadowRoot?.(shadow);
    pendingRoots.push(shadow);
  };
  let pendingRoots: Node[] = [];

  function forget(node: Text) {
    for (const hit of byNode.get(node) ?? []) ranges.delete(hit);
    byNode.delete(node);
  }

  function index(node: Text) {
    forget(node);
    const hits = hitsIn(node, match);
    if (hits.length > 0) byNode.set(node, hits);
  }

  /** Matches every text node under the given roots (and shadow roots met), in time slices. */
  async function scan(roots: Iterable<Node>, signal?: AbortSignal): Promise<void> {
    pendingRoots = [...roots];
    let sliceStart = now();
    while (pendingRoots.length > 0) {
      const root = pendingRoots.shift() as Node;
      if (!root.isConnected || (root.nodeType !== Node.DOCUMENT_NODE && isInSkippedContent(root, ownHost))) continue;
      for (const node of textNodesUnder(root, ownHost, foundShadow)) {
        index(node);
        if (now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (signal?.aborted) return;
          sliceStart = now();
        }
      }
    }
    refresh();
  }

  /** Applies a batch of page changes: only what changed is matched again. */
  async function update(records: readonly MutationRecord[], signal?: AbortSignal): Promise<void> {
    const changed = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData' && record.target.nodeType === Node.TEXT_NODE) changed.add(record.target);
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

  /** Recomputes which hits count (ambiguous names need an AI context) and their ranges. */
  function refresh() {
    const all = [...byNode.values()].flat();
    const counted = new Set<unknown>(resolveAmbiguity(all, () => options.context?.(all) ?? ''));
    active = inDocumentOrder(all.filter((hit) => counted.has(hit)));
    activeByNode = new Map();
    for (const hit of active) {
      const list = activeByNode.get(hit.node);
      if (list) list.push(hit);
      else activeByNode.set(hit.node, [hit]);
      if (!ranges.has(hit)) ranges.set(hit, rangeOf(hit));
    }
  }

  return {
    scan,
    update,
    /** The counted hits, in document order. */
    get hits(): readonly Hit[] {
      return active;
    },
    get hitsByNode(): ReadonlyMap<Text, Hit[]> {
      return activeByNode;
    },
    rangeOf(hit: Hit): Range {
      let range = ranges.get(hit);
      if (!range) {
        range = rangeOf(hit);
        ranges.set(hit, range);
      }
      return range;
    },
    get shadowRoots(): ReadonlySet<ShadowRoot> {
      return shadowRoots;
    },
  };
}

export type PageIndex = ReturnType<typeof createPageIndex>;

/** Sorts hits into document order (text nodes may have been indexed in any order). */
function inDocumentOrder(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => {
    if (a.node === b.node) return a.start - b.start;
    const position = a.node.compareDocumentPosition(b.node);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
