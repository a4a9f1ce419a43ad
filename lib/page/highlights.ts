/** The name the page's ::highlight() rule styles (see entrypoints/content/highlight.css). */
export const HIGHLIGHT_NAME = 'modelpeek-mention';

/** Where the underlined ranges go: the page's highlight, or any set (tests). */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  /**
   * A fresh set, not yet painted, to fill over as long as it takes and then `swap` in for the
   * painted one at once: one repaint however many ranges it holds.
   */
  draft?(): RangeSet & { swap(): void };
}

/** How names are marked: each style is a highlight name the page's CSS styles (or none at all). */
export type HighlightStyle = 'underline' | 'background' | 'none';

const NAMES: Record<HighlightStyle, string | undefined> = {
  underline: HIGHLIGHT_NAME,
  background: `${HIGHLIGHT_NAME}-background`,
  none: undefined,
};

/**
 * Registers the extension's highlight with the CSS Custom Highlight API and returns it: the
 * browser paints its ranges, and the page's DOM and text stay exactly as they were. Ranges are
 * added and removed one by one as the page changes; a style change re-registers the same ranges
 * under another name, so nothing is recomputed.
 */
export function createHighlight(style: HighlightStyle = 'underline'): RangeSet & {
  setStyle(style: HighlightStyle): void;
  remove(): void;
} {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return { add() {}, delete() {}, setStyle() {}, remove() {} };
  }
  let highlight = new Highlight();
  let name: string | undefined;
  const unregister = () => {
    if (name && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    name = undefined;
  };
  const register = (next: HighlightStyle) => {
    unregister();
    name = NAMES[next];
    if (name) CSS.highlights.set(name, highlight);
  };
  register(style);
  return {
    add: (range) => highlight.add(range),
    delete: (range) => highlight.delete(range),
    draft() {
      const next = new Highlight();
      return {
        add: (range) => next.add(range),
        delete: (range) => next.delete(range),
        swap() {
          highlight = next;
          if (name) CSS.highlights.set(name, next);
        },
      };
    },
    setStyle: register,
    remove: unregister,
  };
}
