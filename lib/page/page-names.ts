import type { browser as extensionBrowser } from 'wxt/browser';
import { PAGE_NAMES_KEY, type PageNames, unpackPageNames } from '../detect/packed-names';

type Storage = (typeof extensionBrowser)['storage']['local'];

/**
 * The names to scan this page for: from extension storage, where the background keeps them
 * packed, so a page does not wait for the background to wake; from the background itself when
 * storage has none it can read (just installed, or written by another version).
 */
export async function readPageNames(storage: Storage, ask: () => Promise<PageNames>): Promise<PageNames> {
  const stored = await storage.get(PAGE_NAMES_KEY).then(
    (items) => unpackPageNames(items[PAGE_NAMES_KEY]),
    () => undefined,
  );
  return stored ?? ask();
}
