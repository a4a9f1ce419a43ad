import { ModelId } from '../../lib/data/schema';

/** More than this and the page is a spreadsheet nobody reads; the background caps lookups at 100. */
export const MAX_SELECTION = 10;

/**
 * The model ids in a URL hash such as `#openai/gpt-4.1-mini,openai/gpt-4.1-nano`: trimmed,
 * lowercased, deduplicated, and only well-formed ids (the hash is typed by anyone).
 */
export function parseSelection(hash: string): string[] {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape: read the hash as it is.
  }
  const ids = text
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => ModelId.safeParse(id).success);
  return [...new Set(ids)].slice(0, MAX_SELECTION);
}

/** The hash for a selection; ids are URL-safe as they are, so the address stays readable. */
export function selectionHash(ids: readonly string[]): string {
  return `#${ids.join(',')}`;
}
