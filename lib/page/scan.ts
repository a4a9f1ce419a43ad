import type { Matcher, Mention } from '../detect/matcher';
import type { Region } from './regions';

/** A model name found in one of the page's text nodes. */
export interface Hit extends Mention {
  node: Text;
  /** It counts: it is underlined (or about to be) and hoverable, not held back. */
  counted?: boolean;
  /** Its underline, once painted. */
  range?: AbstractRange;
  /** Found by a first scan in a region far from the viewport, whose underlines may wait (far-underlines.ts). */
  region?: Region;
}

// DOM constants by value: this module also runs outside browsers (the scan command).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

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
 * host (`name`: its local name, when the caller has read it already). Reads attributes only:
 * `isContentEditable` would make the browser recompute the page's style, a long task on a page
 * that has just changed.
 */
export function isSkippedElement(element: Element, ownHost?: Element, name = element.localName): boolean {
  if (element === ownHost || SKIPPED_TAGS.has(name)) return true;
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
 * The text nodes under `root` in document order, one `next()` at a time, skipping off-limits
 * content and reporting each open shadow root met on the way (its content is another tree to
 * walk), and each custom element without one (its definition may bring one later). With `run`,
 * only the children of `root` from `run.start` up to (not including) `run.stop`, and what is
 * under them. The walker has no JS filter, which the browser would call for every node of the
 * page, and no generator drives it, which would add a resumption for every text node.
 */
export class TextNodeWalk {
  /** Null for a walk of one text node, and once the walk is done. */
  private walker: TreeWalker | null = null;
  private pendingText: Text | null = null;
  /** The first node of a run, met before the walker moves on. */
  private first: Node | null = null;
  private stop: Node | null = null;

  constructor(
    root: Node,
    private readonly ownHost: Element | undefined,
    private readonly onShadowRoot?: (shadow: ShadowRoot) => void,
    private readonly onCustomElement?: (element: Element) => void,
    run?: { start: Node | null; stop: Node | null },
  ) {
    if (root.nodeType === TEXT_NODE) {
      this.pendingText = root as Text;
      return;
    }
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    if (run) {
      this.stop = run.stop;
      if (!run.start || run.start === run.stop) this.walker = null;
      else {
        this.walker.currentNode = run.start;
        // Only elements and texts are met (a comment is passed by).
        const kind = run.start.nodeType;
        this.first = kind === ELEMENT_NODE || kind === TEXT_NODE ? run.start : null;
      }
    } else if (root.nodeType === ELEMENT_NODE) this.meet(root as Element, (root as Element).localName);
  }

  /** Reports an element's open shadow root, or that it is a custom element without one. */
  private meet(element: Element, name: string): void {
    const shadow = element.shadowRoot;
    if (shadow) this.onShadowRoot?.(shadow);
    // Custom element names have a hyphen; no built-in element's does.
    else if (this.onCustomElement && name.includes('-')) this.onCustomElement(element);
  }

  /** The next text node, or null when the walk is done. */
  next(): Text | null {
    if (!this.walker) {
      const text = this.pendingText;
      this.pendingText = null;
      return text;
    }
    const walker = this.walker;
    let node = this.first ?? walker.nextNode();
    this.first = null;
    while (node && node !== this.stop) {
      if (node.nodeType === TEXT_NODE) return node as Text;
      const element = node as Element;
      const name = element.localName;
      if (isSkippedElement(element, this.ownHost, name)) node = nextOutside(walker);
      else {
        this.meet(element, name);
        node = walker.nextNode();
      }
    }
    // Back at the root, the walker would start over.
    this.walker = null;
    return null;
  }
}

/** The first node after the walker's current node and its subtree, within the walker's root. */
function nextOutside(walker: TreeWalker): Node | null {
  do {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  } while (walker.parentNode());
  return null;
}

/** The text nodes under `root`, as a `TextNodeWalk` finds them. */
export function* textNodesUnder(
  root: Node,
  ownHost?: Element,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<Text> {
  const walk = new TextNodeWalk(root, ownHost, onShadowRoot);
  for (let node = walk.next(); node; node = walk.next()) yield node;
}

const NO_HITS: readonly Hit[] = [];

/** Hits of one text node. */
export function hitsIn(node: Text, match: Matcher): readonly Hit[] {
  const data = node.data;
  if (data.length < 2) return NO_HITS;
  const mentions = match(data) as Hit[];
  if (mentions.length === 0) return NO_HITS;
  // The matcher's mentions are this call's own: each becomes the hit, with no copy.
  for (const mention of mentions) {
    mention.node = node;
    mention.counted = false;
  }
  return mentions;
}

/** A live Range over one hit, for highlighting and measuring. */
export function rangeOf(hit: Hit): Range {
  const range = hit.node.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  return range;
}
