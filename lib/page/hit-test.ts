import type { Hit } from './scan';

/** Extra pixels around a name's boxes that still count as on it. */
const TOLERANCE_PX = 1;

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

/** The text position under a point, looking into the given open shadow roots, in browsers with either caret API. */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = (doc.caretPositionFromPoint as CaretPositionFromPoint).call(doc, x, y, {
      shadowRoots: [...shadowRoots],
    });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return (
    x >= rect.left - TOLERANCE_PX &&
    x <= rect.right + TOLERANCE_PX &&
    y >= rect.top - TOLERANCE_PX &&
    y <= rect.bottom + TOLERANCE_PX
  );
}

/**
 * The hit under the pointer, if any. The caret position says which text node and offset the
 * point is nearest; the hit's own boxes then confirm the pointer is really on it (the caret API
 * also answers for points past the end of a line).
 */
export function hitAt(
  doc: Document,
  index: {
    hitAt(node: Text, offset: number): Hit | undefined;
    rangeOf(hit: Hit): Range;
    shadowRoots: ReadonlySet<ShadowRoot>;
  },
  x: number,
  y: number,
): Hit | undefined {
  const caret = caretAt(doc, x, y, [...index.shadowRoots]);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const hit = index.hitAt(caret.node as Text, caret.offset);
  if (!hit) return undefined;
  for (const rect of index.rangeOf(hit).getClientRects()) if (contains(rect, x, y)) return hit;
  return undefined;
}
