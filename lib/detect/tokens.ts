/**
 * Model names are read as tokens: runs of letters or of digits, so "gpt-4.1-mini", "GPT 4.1 Mini",
 * "gpt_4.1_mini" and "gpt4.1mini" are all gpt · 4 · 1 · mini, and "llama3.1:8b" is llama · 3 · 1 · 8 · b.
 */
export interface Token {
  start: number;
  end: number;
  /** Lowercase text of the token. */
  value: string;
}

const LETTER = 1;
const DIGIT = 2;

/** Full-width letters and digits ("ＧＰＴ－４") are their ASCII forms moved by this much. */
const FULL_WIDTH_OFFSET = 0xfee0;

export function charKind(code: number): number {
  if (code >= 48 && code <= 57) return DIGIT;
  if (code >= 0xff10 && code <= 0xff5a) return charKind(code - FULL_WIDTH_OFFSET);
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? LETTER : 0;
}

/** `text.slice(start, end)` lowercased, with full-width letters and digits read as ASCII. */
export function foldedSlice(text: string, start: number, end: number): string {
  let ascii = true;
  let plain = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) ascii = false;
    else if (code >= 65 && code <= 90) plain = false;
  }
  const slice = text.slice(start, end);
  if (ascii) return plain ? slice : slice.toLowerCase();
  return slice
    .replace(/[\uff10-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toLowerCase();
}

export function isAlphanumeric(code: number): boolean {
  return charKind(code) !== 0;
}

/** Tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let kind = 0;
  for (let i = from; i <= to; i++) {
    const k = i < to ? charKind(text.charCodeAt(i)) : 0;
    if (k !== kind) {
      if (kind !== 0) tokens.push({ start, end: i, value: foldedSlice(text, start, i) });
      start = i;
      kind = k;
    }
  }
  return tokens;
}

/** Tokens of a whole name, as values: the key under which all spellings of a name meet. */
export function nameTokens(name: string): string[] {
  return tokenize(name).map((token) => token.value);
}

/**
 * Characters that join the parts of one name ("gpt-4.1-mini", "v2:0", "@20241022"), with the
 * hyphens and dashes typesetting puts in their place ("GPT‑4o" with a non-breaking hyphen, as
 * OpenAI's pages write it; an en dash; full-width forms). Not the full-width colon: Chinese and
 * Japanese text puts it after a name as punctuation ("Baichuan 2：1. …", "LLaMA：49953").
 */
const JOINERS = new Set([
  '-',
  '_',
  '.',
  ':',
  '@',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2212',
  '\uff0d',
  '\uff0e',
  '\uff3f',
]);

/** Spaces inside a name: plain, tab, no-break, the narrow and thin ones typesetting uses ("Llama 3.1 70B"), ideographic. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 160 ||
    code === 0x202f ||
    (code >= 0x2002 && code <= 0x200a) ||
    code === 0x3000
  );
}

export type Separator = 'none' | 'joiner' | 'space' | 'break';

/**
 * What lies between two tokens: nothing (a letter–digit boundary), one joiner character,
 * one or two spaces, or anything else (a new line included) that ends a name.
 */
export function separatorBetween(text: string, end: number, start: number): Separator {
  if (end === start) return 'none';
  if (start - end === 1 && JOINERS.has(text.charAt(end))) return 'joiner';
  // One or two spaces; wider gaps are table columns, and a new line is a new item.
  if (start - end > 2) return 'break';
  for (let i = end; i < start; i++) if (!isSpace(text.charCodeAt(i))) return 'break';
  return 'space';
}

/** Where the next token starts at or after `from`, looking at most `limit` characters ahead; -1 if none. */
export function nextTokenStart(text: string, from: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let i = from; i < end; i++) if (charKind(text.charCodeAt(i)) !== 0) return i;
  return -1;
}

/** Where the token starting at `start` (which must be a letter or digit) ends. */
export function tokenEnd(text: string, start: number): number {
  const kind = charKind(text.charCodeAt(start));
  let end = start + 1;
  while (end < text.length && charKind(text.charCodeAt(end)) === kind) end++;
  return end;
}
