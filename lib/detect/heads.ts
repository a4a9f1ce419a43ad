/**
 * A character trie of the words a model name can start with ("gpt", "claude", "o" of "o3"):
 * the matcher's prefilter. Scanning text, each word's first token walks it; only where a head
 * ends exactly at the token's end does the full match run. Most words fail at their first
 * letter, so a page is read about once, character by character, without allocating.
 *
 * The trie is a flat table of states (one row of slots per state) and characters are classified
 * by table lookup: this loop reads every character of a page, so it is kept to a few array reads
 * per character.
 */
const SLOTS = 36;

/** Slot of each ASCII character: 0–25 for letters (any case), 26–35 for digits, -1 for anything else. */
const SLOT_OF = new Int8Array(128).fill(-1);
for (let code = 48; code <= 57; code++) SLOT_OF[code] = code - 22;
for (let code = 97; code <= 122; code++) {
  SLOT_OF[code] = code - 97;
  SLOT_OF[code - 32] = code - 97;
}

/** The slot of a character code: full-width letters and digits as their ASCII forms, -1 for anything else beyond ASCII. */
function slotOf(code: number): number {
  if (code < 128) return SLOT_OF[code] as number;
  return code >= 0xff10 && code <= 0xff5a ? (SLOT_OF[code - 0xfee0] as number) : -1;
}

/** State 0 is dead (every slot leads back to it), state 1 the root. */
const DEAD = 0;
const ROOT = 1;

export function createHeadIndex(heads: Iterable<string>) {
  // Built in place, in typed arrays that double as they fill: it runs as every page starts.
  let next = new Int32Array(SLOTS * 256);
  let head = new Uint8Array(256);
  let states = ROOT + 1;
  for (const word of heads) {
    let state = ROOT;
    for (let i = 0; i < word.length; i++) {
      const slot = slotOf(word.charCodeAt(i));
      if (slot < 0) break;
      const at = state * SLOTS + slot;
      if (next[at] === DEAD) {
        if (states === head.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
          const grownHead = new Uint8Array(head.length * 2);
          grownHead.set(head);
          head = grownHead;
        }
        next[at] = states++;
      }
      state = next[at] as number;
    }
    if (state !== ROOT) head[state] = 1;
  }
  const table = next;
  const isHead = head;

  /**
   * Calls `visit` at every word start whose first token is a head; `visit` returns where to go on
   * scanning from (past a found name), or -1 to go on after the word.
   */
  return function forEachCandidate(text: string, visit: (start: number) => number): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      let slot = slotOf(text.charCodeAt(i));
      if (slot < 0) {
        i++;
        continue;
      }
      const start = i;
      const letters = slot < 26;
      let state = ROOT;
      // The first token (a run of letters or of digits), given up at the first character no head has.
      do {
        state = table[state * SLOTS + slot] as number;
        slot = ++i < length ? slotOf(text.charCodeAt(i)) : -1;
      } while (state !== DEAD && slot >= 0 && slot < 26 === letters);
      if (isHead[state] === 1) {
        const resume = visit(start);
        if (resume > start) {
          i = resume;
          continue;
        }
      }
      while (i < length && slotOf(text.charCodeAt(i)) >= 0) i++;
    }
  };
}
