import { type Hit, rangeOf } from './scan';

/** The name the page's ::highlight() rule styles (see entrypoints/content/highlight.css). */
export const HIGHLIGHT_NAME = 'modelpeek-mention';

/**
 * Underlines hits with the CSS Custom Highlight API: the browser paints the ranges, and the
 * page's DOM and text stay exactly as they were.
 */
export function showHighlights(hits: readonly Hit[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...hits.map(rangeOf)));
}

export function clearHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}
