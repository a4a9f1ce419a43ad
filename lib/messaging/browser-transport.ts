import { browser } from 'wxt/browser';
import { request, type Transport } from './channel';
import { contentProtocol } from './page-protocol';
import { backgroundProtocol, type RequestOf } from './protocol';

const toBackground: Transport = (envelope) => browser.runtime.sendMessage(envelope);

/** Asks the background; validated both ways. */
export function askBackground<K extends keyof typeof backgroundProtocol & string>(
  type: K,
  payload: RequestOf<typeof backgroundProtocol, K>,
) {
  return request(backgroundProtocol, toBackground, type, payload);
}

/** Asks the content script of one tab's top frame; validated both ways. */
export function askTab<K extends keyof typeof contentProtocol & string>(
  tabId: number,
  type: K,
  payload: RequestOf<typeof contentProtocol, K>,
) {
  return request(
    contentProtocol,
    (envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
    type,
    payload,
  );
}
