import { PAGE_NAMES_KEY, type PageNames, unpackPageNames } from '../detect/packed-names';

/**
 * The part of extension storage read here (storage.local). The argument is called `area`: the
 * build takes the word `storage` in a content script's code for the storage library, and bundles it.
 */
interface Storage {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The names to scan this page for: from extension storage, where the background keeps them
 * packed, so a page does not wait for the background to wake; from the background itself when
 * storage has none it can read (just installed, or written by another version).
 */
export async function readPageNames(area: Storage, ask: () => Promise<PageNames>): Promise<PageNames> {
  const stored = await area.get(PAGE_NAMES_KEY).then(
    (items) => unpackPageNames(items[PAGE_NAMES_KEY]),
    () => undefined,
  );
  return stored ?? ask();
}
