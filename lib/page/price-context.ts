import type { Hit } from './scan';
import { blockOf } from './target';

/** The most page text read around a name for the prices it states. */
const MAX_CHARS = 600;

/** The end of a sentence: a stop followed by a space (a decimal point or "4.1" is none). */
const SENTENCE_END = /[.!?](?=\s)/g;

/** What a mention names, to tell another model's name from the same model named again. */
const named = (hit: Hit) => hit.modelId ?? hit.text;

/**
 * The words near a hovered name that may state its price (read in the page, never sent
 * anywhere): its table row, each cell after its column's header ("Input (per 1M tokens): $5.00"),
 * when no other model shares the row; else its sentence within the block (list item,
 * paragraph), from the name (or from the sentence's start when no other model comes first) to
 * the next other model's name.
 */
export function priceContext(hit: Hit, page: { hitsUnder(element: Element): Hit[] }): string {
  const block = blockOf(hit.node);
  if (!block) return '';
  const others = page.hitsUnder(block).filter((h) => named(h) !== named(hit));
  if (block.localName === 'tr') return others.length ? '' : rowText(block as HTMLTableRowElement);

  // The block's text, and where each of its text nodes starts in it.
  const starts = new Map<Node, number>();
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < 20 * MAX_CHARS; node = walker.nextNode()) {
    starts.set(node, text.length);
    text += (node as Text).data;
  }
  const at = (h: Hit) => (starts.get(h.node) ?? Number.NaN) + h.start;
  const from = at(hit);
  if (Number.isNaN(from)) return '';
  const to = from + hit.end - hit.start;
  let start = 0;
  for (const match of text.slice(0, from).matchAll(SENTENCE_END)) start = match.index + 1;
  let end = text.slice(to).search(SENTENCE_END);
  end = end === -1 ? text.length : to + end + 1;
  for (const other of others) {
    const position = at(other);
    if (position < from) start = from;
    else if (position >= to && position < end) end = position;
  }
  return text.slice(Math.max(start, from - MAX_CHARS), Math.min(end, to + MAX_CHARS));
}

/** A table row as "header: cell; …", so each figure carries its column's words. */
function rowText(row: HTMLTableRowElement): string {
  const table = row.closest('table');
  const first = table?.rows[0];
  const head = table?.tHead?.rows[0] ?? (first !== row && first?.cells[0]?.localName === 'th' ? first : undefined);
  return [...row.cells]
    .map((cell, i) => {
      const header = head === row ? undefined : head?.cells[i]?.textContent?.trim();
      return header ? `${header}: ${cell.textContent}` : cell.textContent;
    })
    .join('; ')
    .slice(0, MAX_CHARS);
}
