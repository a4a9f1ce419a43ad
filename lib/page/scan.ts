import type { Matcher } from '../detect/matcher';

/** A model name found in one of the page's text nodes. */
export interface Hit {
  node: Text;
  start: number;
  end: number;
  text: string;
  modelId: string;
}

/** Never scanned: code that is not text, and form fields. Code blocks (pre, code) are scanned. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
]);

/** Work in slices no longer than this, then give the page its main thread back. */
const SLICE_MS = 8;

function isSkipped(element: Element, ownHost: Element | undefined): boolean {
  if (element === ownHost || SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const html = element as HTMLElement;
  if (html.isContentEditable) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export interface ScanOptions {
  /** The extension's own element on the page, never scanned. */
  ownHost?: Element;
  signal?: AbortSignal;
  /** Gives the main thread back between slices. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

const yieldByTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Finds every model name in the text under `root`, in document order, in time slices. Skips
 * form fields, editable regions and non-text elements; reads the page and never changes it.
 */
export async function scanForHits(root: Node, match: Matcher, options: ScanOptions = {}): Promise<Hit[]> {
  const { ownHost, signal, yieldToPage = yieldByTimeout, now = () => performance.now() } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkipped(node as Element, ownHost) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const hits: Hit[] = [];
  let sliceStart = now();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length >= 2) {
      for (const mention of match(text.data)) hits.push({ node: text, ...mention });
    }
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (signal?.aborted) return hits;
      sliceStart = now();
    }
  }
  return hits;
}

/** A live Range over one hit, for highlighting and measuring. */
export function rangeOf(hit: Hit): Range {
  const range = hit.node.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  return range;
}

/** Hits grouped by text node, each group in order: what hover hit-testing looks up. */
export function indexHitsByNode(hits: readonly Hit[]): Map<Text, Hit[]> {
  const byNode = new Map<Text, Hit[]>();
  for (const hit of hits) {
    const list = byNode.get(hit.node);
    if (list) list.push(hit);
    else byNode.set(hit.node, [hit]);
  }
  return byNode;
}
