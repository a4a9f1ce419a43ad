/**
 * Where the card's view (entrypoints/content/card-view.tsx) is built in the extension: an ES module
 * of its own, web accessible so the content script can import it.
 */
export const CARD_VIEW_FILE = 'content-scripts/card-view.js';
