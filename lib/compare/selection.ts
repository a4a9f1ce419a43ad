import { MODEL_ID_PATTERN } from '../data/categories';

/** The most models one comparison shows: more, and the page is a spreadsheet nobody reads. */
export const MAX_COMPARED = 10;

/** A selection as the comparison page's URL hash holds it: `#openai/gpt-4.1-mini,openai/gpt-4.1-nano`. */
export function compareHash(ids: readonly string[]): `#${string}` {
  // Ids are URL-safe as they are, so the address stays readable.
  return `#${ids.join(',')}`;
}

/** The models a comparison shows, and how many its hash asked for (more than shown past the limit). */
export interface CompareSelection {
  ids: string[];
  asked: number;
}

/**
 * The model ids in a comparison page's hash: trimmed, lowercased, deduplicated, only well-formed
 * ids (the hash is typed by anyone), the first MAX_COMPARED of them.
 */
export function readCompareHash(hash: string): CompareSelection {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape: read the hash as it is.
  }
  const ids = text
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id.length <= 120 && MODEL_ID_PATTERN.test(id));
  const asked = [...new Set(ids)];
  return { ids: asked.slice(0, MAX_COMPARED), asked: asked.length };
}
