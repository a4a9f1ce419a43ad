/** The name the page's ::highlight() rule styles (see entrypoints/content/highlight.css). */
export const HIGHLIGHT_NAME = 'modelpeek-mention';

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Underlines ranges with the CSS Custom Highlight API: the browser paints them, and the page's
 * DOM and text stay exactly as they were.
 */
export function showHighlights(ranges: Iterable<Range>): void {
  if (!supported()) return;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}

export function clearHighlights(): void {
  if (supported()) CSS.highlights.delete(HIGHLIGHT_NAME);
}
