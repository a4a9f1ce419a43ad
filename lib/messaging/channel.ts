import { Envelope, Reply } from './envelope';
import type { Handlers, MessageContext, Protocol, RequestOf, ResponseOf } from './protocol';

/** Who sent a message, as the browser reports it (runtime.MessageSender). */
export interface Sender {
  id?: string;
  /** Set when a content script sent it: the tab it runs in. */
  tab?: { id?: number };
  /** The address of the page or frame that sent it. */
  url?: string;
}

/** A runtime.onMessage listener: true keeps the channel open for an asynchronous answer. */
export type Listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void) => true | undefined;

/** Sends one envelope and resolves with the raw answer: runtime.sendMessage or tabs.sendMessage. */
export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

/** Sends a typed request and returns the validated response, or throws with the reason. */
export async function request<P extends Protocol, K extends keyof P & string>(
  protocol: P,
  transport: Transport,
  type: K,
  payload: RequestOf<P, K>,
): Promise<ResponseOf<P, K>> {
  const entry = protocol[type];
  if (!entry) throw new Error(`Unknown message ${type}`);
  const raw = await transport({ type, payload: entry.request.parse(payload) });
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new Error(`No valid answer to ${type}`);
  if (!reply.data.ok) throw new Error(reply.data.error);
  return entry.response.parse(reply.data.value) as ResponseOf<P, K>;
}

/**
 * Checks a handler's answer against its schema, once per answer: a handler that gives the very
 * same object again (a frozen answer it keeps, such as the alias index every page asks for as it
 * loads) gives the same answer, and gets the value its first check against that schema produced.
 */
function checkedOnce() {
  type Schema = { parse(value: unknown): unknown };
  const checked = new WeakMap<object, { schema: Schema; parsed: unknown }>();
  return (schema: Schema, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return schema.parse(value);
    let check = checked.get(value);
    if (check?.schema !== schema) {
      check = { schema, parsed: schema.parse(value) };
      checked.set(value, check);
    }
    return check.parsed;
  };
}

/**
 * Makes a runtime.onMessage listener from a map of named handlers. It answers only messages from
 * this extension whose type it knows and whose payload validates; everything else is left alone.
 * The messages a protocol marks `from: 'extension-pages'` are taken only from the extension's own
 * pages (popup, options, comparison page), which live under `pagesUrl` (runtime.getURL('/')): from
 * a content script they are ignored, so a web page can never make the background refresh sources
 * or read their settings.
 */
export function createListener<P extends Protocol>(
  protocol: P,
  handlers: Handlers<P>,
  extensionId: string,
  pagesUrl?: string,
): Listener {
  const checkAnswer = checkedOnce();
  return (message, sender, sendResponse) => {
    if (sender.id !== extensionId) return undefined;
    const envelope = Envelope.safeParse(message);
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) return undefined;
    const type = envelope.data.type as keyof P & string;
    const entry = protocol[type];
    if (entry?.from === 'extension-pages' && !(pagesUrl && sender.url?.startsWith(pagesUrl))) return undefined;
    const payload = entry?.request.safeParse(envelope.data.payload);
    if (!entry || !payload?.success) {
      sendResponse({ ok: false, error: `Invalid ${type} request` });
      return undefined;
    }
    // Handlers that act on the asking tab (the badge) need its id; no handler sees the rest of `sender`.
    const context: MessageContext = { tabId: sender.tab?.id };
    Promise.resolve()
      .then(() => handlers[type](payload.data as Parameters<Handlers<P>[typeof type]>[0], context))
      .then((value) => sendResponse({ ok: true, value: checkAnswer(entry.response, value) }))
      .catch((error: unknown) => {
        console.error(`[ModelPeek] ${type} failed`, error);
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
      });
    // Keeps the channel open for the asynchronous answer (Chromium and Firefox).
    return true;
  };
}
