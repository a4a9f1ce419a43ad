import type { RangeSet } from './highlights';
import { type Hit, rangeOf } from './scan';

/**
 * Changes handed to the highlight in one go at most. Any change to a highlight makes the browser
 * rebuild the marks of all its ranges and repaint the page in the next frame, so changes come
 * in as few frames as can be: in one task when they are this few (about a millisecond), else in
 * a fresh highlight filled over several slices and swapped in at once.
 */
const IN_ONE_GO = 4_096;

/**
 * The underlines of the counted names, painted when the page index says (the viewport's names,
 * the whole page's at the end); `counted` lists those to underline when the highlight is drawn
 * afresh. A name gets its range when it is painted: a static range, which the browser need not
 * keep up to date as the page changes (a changed text is matched again).
 */
export function createPainter(
  highlight: RangeSet,
  counted: () => Iterable<Hit>,
  /** Whether a counted name is to be underlined now (a far one may have gone back to waiting since it was added). */
  underlinable: (hit: Hit) => boolean = () => true,
) {
  /** Counted since the last paint. */
  let toAdd: Hit[] = [];
  /** Painted, and no longer counted. */
  let toRemove: AbstractRange[] = [];
  let draft: { fill: Iterator<Hit>; set: RangeSet & { swap(): void } } | undefined;

  return {
    add(hit: Hit): void {
      toAdd.push(hit);
    },
    remove(hit: Hit): void {
      if (!hit.range) return;
      toRemove.push(hit.range);
      hit.range = undefined;
    },
    /** Whether any underline waits to be painted or taken away. */
    get pending(): boolean {
      return toAdd.length + toRemove.length > 0;
    },
    /**
     * Paints what waits; when there is too much for one go, fills a fresh highlight with every
     * counted name until `due()` says the slice is over, and is called again: whether all is
     * painted. Nothing else changes the names until it is.
     */
    paint(due: () => boolean): boolean {
      if (!draft && (toAdd.length + toRemove.length <= IN_ONE_GO || !highlight.draft)) {
        for (const range of toRemove) highlight.delete(range);
        for (const hit of toAdd) {
          if (!hit.counted || hit.range || !underlinable(hit)) continue;
          hit.range = staticRangeOf(hit);
          highlight.add(hit.range);
        }
      } else {
        draft ??= { fill: counted()[Symbol.iterator](), set: (highlight.draft as () => RangeSet & { swap(): void })() };
        for (let next = draft.fill.next(); !next.done; next = draft.fill.next()) {
          const hit = next.value;
          hit.range ??= staticRangeOf(hit);
          draft.set.add(hit.range);
          if (due()) return false;
        }
        draft.set.swap();
        draft = undefined;
      }
      toAdd = [];
      toRemove = [];
      return true;
    },
  };
}

/**
 * A static range over a hit, for the highlight: cheaper than a live Range, which the browser
 * must update on every change to the page.
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
