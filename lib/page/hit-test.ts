import type { Hit } from './scan';

/** Extra pixels around a name's boxes that still count as on it. */
const TOLERANCE_PX = 1;

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
  // The text position under the point, looking into the page's open shadow roots too.
  const caret = doc.caretPositionFromPoint(x, y, { shadowRoots: [...index.shadowRoots] });
  if (caret?.offsetNode.nodeType !== Node.TEXT_NODE) return undefined;
  const hit = index.hitAt(caret.offsetNode as Text, caret.offset);
  if (!hit) return undefined;
  for (const rect of index.rangeOf(hit).getClientRects()) if (contains(rect, x, y)) return hit;
  return undefined;
}
