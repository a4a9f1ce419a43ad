import type { Matcher, Mention } from '../detect/matcher';

/** Text nodes longer than this are matched a piece of this length at a time (a raw log shown whole). */
export const LONG_TEXT = 32_768;
/** Text past a piece's end the matcher still reads, to judge what follows a name near the cut. */
const LOOKAHEAD = 256;

/** Where the piece of a long text that starts at `from` ends: LONG_TEXT on, cut after white space so the next piece starts at a word. */
export function pieceEnd(data: string, from: number): number {
  const to = Math.min(data.length, from + LONG_TEXT);
  let cut = to;
  while (to < data.length && cut > from && !/\s/.test(data[cut - 1] as string)) cut--;
  return cut > from ? cut : to;
}

/** The names that start in `data[from, to)`, with offsets into the whole of `data`. */
export function namesInPiece(data: string, from: number, to: number, match: Matcher): Mention[] {
  const names: Mention[] = [];
  for (const mention of match(data.slice(from, Math.min(data.length, to + LOOKAHEAD)))) {
    if (mention.start < to - from) names.push({ ...mention, start: mention.start + from, end: mention.end + from });
  }
  return names;
}
