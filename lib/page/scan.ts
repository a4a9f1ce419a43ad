import type { Matcher, Mention } from '../detect/matcher';

/** A model name found in one of the page's text nodes. */
export interface Hit extends Mention {
  node: Text;
}

// DOM constants by value: this module also runs outside browsers (the scan command).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Never scanned: code that is not text, and form fields. Code blocks (pre, code) are scanned. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
]);

/**
 * Whether an element's own content is off limits: skipped tags, editable regions, the extension's
 * host. Reads attributes only: `isContentEditable` would make the browser recompute the page's
 * style, a long task on a page that has just changed.
 */
export function isSkippedElement(element: Element, ownHost?: Element): boolean {
  if (element === ownHost || SKIPPED_TAGS.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a node sits inside content that is never scanned. */
export function isInSkippedContent(node: Node, ownHost?: Element): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element, ownHost)) return true;
  }
  const root = node.getRootNode() as Node & { host?: Element };
  return root.host !== undefined && isInSkippedContent(root.host, ownHost);
}

/**
 * Walks the text nodes under `root` in document order, skipping off-limits content, and reports
 * each open shadow root met on the way (its content is another tree to walk).
 */
export function* textNodesUnder(
  root: Node,
  ownHost: Element | undefined,
  onShadowRoot: (shadow: ShadowRoot) => void,
): Generator<Text> {
  if (root.nodeType === TEXT_NODE) {
    yield root as Text;
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element, ownHost)) return FILTER_REJECT;
      if (element.shadowRoot) onShadowRoot(element.shadowRoot);
      return FILTER_SKIP;
    },
  });
  const shadow = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (shadow) onShadowRoot(shadow);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/** Hits of one text node. */
export function hitsIn(node: Text, match: Matcher): Hit[] {
  const data = node.data;
  if (data.length < 2) return [];
  return match(data).map((mention) => ({ ...mention, node }));
}

/** A live Range over one hit, for highlighting and measuring. */
export function rangeOf(hit: Hit): Range {
  const range = hit.node.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  return range;
}
