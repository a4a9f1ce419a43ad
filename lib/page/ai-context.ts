import type { Hit } from './scan';
import { blockOf } from './target';

/** How much of the page's text the AI-context check reads, at most. */
const CONTEXT_BLOCKS = 40;
const CONTEXT_BLOCK_CHARS = 2_000;

/**
 * The text that tells whether a page is about AI when no name settles it: the page's title and
 * the blocks (paragraph, list item, table row) the held names sit in, a bounded amount of each.
 */
export function heldNamesContext(doc: Document): (held: readonly Hit[]) => string {
  return (held) => {
    const blocks = new Set(held.map((h) => blockOf(h.node)));
    const texts = [...blocks].slice(0, CONTEXT_BLOCKS).map((b) => b?.textContent?.slice(0, CONTEXT_BLOCK_CHARS));
    return [doc.title, ...texts].join('\n');
  };
}
