import { browser } from 'wxt/browser';
import { readReply } from './page-listener';
import type { backgroundProtocol, RequestOf, ResponseOf } from './protocol';

/** What a content script asks the background. */
type PageRequest =
  | 'getAliasIndex'
  | 'lookupModels'
  | 'lookupSeries'
  | 'openLookup'
  | 'openCompare'
  | 'reportPageModels';

/**
 * Asks the background from a page's content script. The background validates the request and,
 * before sending it, its own answer (lib/messaging/channel.ts); here only the answer's envelope
 * is checked, by hand, so the content script carries no schema library at all.
 */
export async function askBackgroundFromPage<K extends PageRequest>(
  type: K,
  payload: RequestOf<typeof backgroundProtocol, K>,
): Promise<ResponseOf<typeof backgroundProtocol, K>> {
  return readReply(await browser.runtime.sendMessage({ type, payload }), type) as ResponseOf<
    typeof backgroundProtocol,
    K
  >;
}
