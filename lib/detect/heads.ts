import { charKind } from './tokens';

/**
 * A character trie of the words a model name can start with ("gpt", "claude", "o" of "o3"):
 * the matcher's prefilter. Scanning text, each word's first token walks it; only where a head
 * ends exactly at the token's end does the full match run. Most words fail at their first
 * letter, so a page is read about once, character by character, without allocating.
 */
interface HeadNode {
  next: (HeadNode | undefined)[];
  head: boolean;
}

const SLOTS = 36;

/** 0–25 for letters (any case), 26–35 for digits, -1 for anything else. */
function slot(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

export function createHeadIndex(heads: Iterable<string>) {
  const root: HeadNode = { next: new Array(SLOTS), head: false };
  for (const head of heads) {
    let node = root;
    for (let i = 0; i < head.length; i++) {
      const s = slot(head.charCodeAt(i));
      if (s < 0) break;
      node.next[s] ??= { next: new Array(SLOTS), head: false };
      node = node.next[s] as HeadNode;
    }
    if (node !== root) node.head = true;
  }

  /**
   * Calls `visit` at every word start whose first token is a head; `visit` returns where to go on
   * scanning from (past a found name), or -1 to go on after the word.
   */
  return function forEachCandidate(text: string, visit: (start: number) => number): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const kind = charKind(text.charCodeAt(i));
      if (kind === 0) {
        i++;
        continue;
      }
      const start = i;
      let node: HeadNode | undefined = root;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (charKind(code) !== kind) break;
        node = node?.next[slot(code)];
        i++;
      }
      if (node?.head) {
        const resume = visit(start);
        if (resume > start) {
          i = resume;
          continue;
        }
      }
      while (i < length && charKind(text.charCodeAt(i)) !== 0) i++;
    }
  };
}
