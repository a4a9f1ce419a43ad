import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { resolveAmbiguity } from '../../lib/detect/context';
import type { Matcher, Mention } from '../../lib/detect/matcher';
import { textNodesUnder } from '../../lib/page/scan';

/** A file's readable text: an HTML document's text content, or any other file as it is. */
export interface ScannedText {
  text: string;
  mentions: Mention[];
}

/**
 * Finds the model names in one file the way the content script finds them on a page. For .html
 * files the offsets index the document's text content (all its text nodes joined in document
 * order, script and style text included) and, as on a page, only the body is scanned, without
 * fields, editable regions and script; other files are scanned as plain text. The whole file is the context that
 * decides whether ambiguous names count.
 */
export function scanText(fileName: string, content: string, match: Matcher): ScannedText {
  if (!['.html', '.htm'].includes(extname(fileName).toLowerCase())) {
    return { text: content, mentions: resolveAmbiguity(match(content), () => content) };
  }
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
  // Offset of every text node in the document's text content.
  const offsets = new Map<Node, number>();
  let text = '';
  const all = doc.createTreeWalker(doc, 0x4);
  for (let node = all.nextNode(); node; node = all.nextNode()) {
    offsets.set(node, text.length);
    text += (node as Text).data;
  }
  const mentions: Mention[] = [];
  // As on a page: the body's text (a title or other head text is not on the page).
  for (const node of textNodesUnder(doc.body ?? doc)) {
    const base = offsets.get(node) ?? 0;
    for (const m of match(node.data)) mentions.push({ ...m, start: m.start + base, end: m.end + base });
  }
  window.close();
  return { text, mentions: resolveAmbiguity(mentions, () => text) };
}
