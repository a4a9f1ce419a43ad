import { browser } from 'wxt/browser';
import { Reply } from './envelope';
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
 * is checked, so the content script need not carry every schema of the dataset.
 */
export async function askBackgroundFromPage<K extends PageRequest>(
  type: K,
  payload: RequestOf<typeof backgroundProtocol, K>,
): Promise<ResponseOf<typeof backgroundProtocol, K>> {
  const reply = Reply.safeParse(await browser.runtime.sendMessage({ type, payload }));
  if (!reply.success) throw new Error(`No valid answer to ${type}`);
  if (!reply.data.ok) throw new Error(reply.data.error);
  return reply.data.value as ResponseOf<typeof backgroundProtocol, K>;
}
