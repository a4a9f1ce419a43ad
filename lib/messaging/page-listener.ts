import type { Listener } from './channel';
import type { contentProtocol, ResponseOf } from './protocol';

type PageHandlers = {
  [K in keyof typeof contentProtocol]: () => ResponseOf<typeof contentProtocol, K>;
};

/** Whether a value is a plain object with no keys: the payload of every message a page script takes. */
function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * The content script's listener. Every message it takes (contentProtocol) has an empty payload,
 * so it checks the envelope by hand instead of with the protocol's schemas: zod would add about
 * 6 kB to the script every page runs. Like `createListener` it answers only this extension, only
 * messages it knows, and only with an empty object for payload; the asking side validates the
 * answer with the protocol's schema.
 */
export function createPageListener(handlers: PageHandlers, extensionId: string): Listener {
  return (message, sender, sendResponse) => {
    if (sender.id !== extensionId || typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type) || Object.keys(message).length !== 2) {
      return undefined;
    }
    if (!isEmptyObject(payload)) {
      sendResponse({ ok: false, error: `Invalid ${type} request` });
      return undefined;
    }
    try {
      sendResponse({ ok: true, value: handlers[type as keyof PageHandlers]() });
    } catch (error) {
      console.error(`[ModelPeek] ${type} failed`, error);
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
  };
}

/**
 * Reads the background's answer to a page script: the envelope `{ ok: true, value }` or
 * `{ ok: false, error }`, checked by hand for the same reason. The background validated the value
 * with the protocol's schema before sending it.
 */
export function readReply(reply: unknown, type: string): unknown {
  if (typeof reply === 'object' && reply !== null) {
    const { ok, value, error } = reply as { ok?: unknown; value?: unknown; error?: unknown };
    if (ok === true && 'value' in reply) return value;
    if (ok === false && typeof error === 'string') throw new Error(error);
  }
  throw new Error(`No valid answer to ${type}`);
}
