import { browser } from 'wxt/browser';
import { DEFAULT_TOKEN_MIX, type TokenMix } from '../compare/cost';

/** The storage key of the cost settings (lib/settings/cost.ts), read here without a storage library. */
const KEY = 'costSettings';

function mixOf(stored: unknown): TokenMix {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<TokenMix>;
  const share = (x: unknown, fallback: number) => (typeof x === 'number' && x >= 0 && x <= 1 ? x : fallback);
  return {
    inputShare: share(value.inputShare, DEFAULT_TOKEN_MIX.inputShare),
    cachedShare: share(value.cachedShare, DEFAULT_TOKEN_MIX.cachedShare),
  };
}

/** The reader's token mix for blended prices, as the content script reads it on every page. */
export async function readTokenMix(): Promise<TokenMix> {
  return mixOf((await browser.storage.local.get(KEY))[KEY]);
}

/** Calls back with the new token mix when the options page changes it; returns the way to stop. */
export function watchTokenMix(callback: (mix: TokenMix) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(mixOf(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
