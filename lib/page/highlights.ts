/** The name the page's ::highlight() rule styles (see entrypoints/content/highlight.css). */
export const HIGHLIGHT_NAME = 'modelpeek-mention';

/** Where the underlined ranges go: the page's highlight, or any set (tests). */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

/**
 * Registers the extension's highlight with the CSS Custom Highlight API and returns it: the
 * browser paints its ranges, and the page's DOM and text stay exactly as they were. Ranges are
 * added and removed one by one as the page changes.
 */
export function createHighlight(): RangeSet & { remove(): void } {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return { add() {}, delete() {}, remove() {} };
  }
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return {
    add: (range) => highlight.add(range),
    delete: (range) => highlight.delete(range),
    remove: () => {
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    },
  };
}
