import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { buildNameIndex } from '../../lib/detect/aliases';
import { createMatcher, type Matcher, type Mention } from '../../lib/detect/matcher';
import { heldNamesContext } from '../../lib/page/ai-context';
import { createPageIndex } from '../../lib/page/page-index';
import { readCuratedDataset } from './dataset';

/** The matcher `npm run scan` uses: every name of the curated dataset in data/. */
export function curatedMatcher(): Matcher {
  return createMatcher(buildNameIndex(readCuratedDataset()));
}

/** A file's readable text and the model names found in it. */
export interface ScannedText {
  text: string;
  mentions: Mention[];
}

/**
 * Finds the model names in one file as the content script finds them on a page: the same page
 * index (lib/page/page-index.ts), with the same rule for ambiguous names, runs over the document
 * a browser would show. An .html file is parsed, and only its body is scanned, without fields,
 * editable regions and scripts; any other file is shown as a browser shows a plain text file,
 * one preformatted block. Offsets index the document's text content (for .html, all its text
 * nodes joined in document order, head and script text included; for other files, the file).
 */
export async function scanText(fileName: string, content: string, match: Matcher): Promise<ScannedText> {
  const window = new Window();
  const html = ['.html', '.htm'].includes(extname(fileName).toLowerCase());
  const doc = new window.DOMParser().parseFromString(html ? content : '', 'text/html') as unknown as Document;
  if (!html) {
    const pre = doc.createElement('pre');
    pre.textContent = content;
    doc.body.append(pre);
  }
  // Offset of every text node in the document's text content.
  const offsets = new Map<Node, number>();
  let text = '';
  const all = doc.createTreeWalker(doc, 0x4);
  for (let node = all.nextNode(); node; node = all.nextNode()) {
    offsets.set(node, text.length);
    text += (node as Text).data;
  }
  const index = createPageIndex({
    match,
    highlight: new Set<AbstractRange>(),
    yieldToPage: async () => {},
    context: heldNamesContext(doc),
  });
  const root = doc.body ?? doc.documentElement;
  await index.scan([root]);
  const mentions = index.hitsUnder(root).map(({ node, counted, range, ...mention }) => {
    const base = offsets.get(node) ?? 0;
    return { ...mention, start: mention.start + base, end: mention.end + base };
  });
  await window.happyDOM.close();
  return { text, mentions };
}
