import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createListener, request, type Sender, type Transport } from '../../lib/messaging/channel';
import { createPageListener } from '../../lib/messaging/page-listener';
import { contentProtocol } from '../../lib/messaging/page-protocol';
import { backgroundProtocol, type Handlers, type MessageContext, type Reply } from '../../lib/messaging/protocol';

const protocol = {
  double: { request: z.strictObject({ n: z.number() }), response: z.strictObject({ n: z.number() }) },
  fail: { request: z.strictObject({}), response: z.strictObject({}) },
};
const handlers = {
  double: ({ n }: { n: number }) => ({ n: n * 2 }),
  fail: () => Promise.reject(new Error('store is closed')),
};

/** A transport that delivers to the listener as the browser would, from this extension. */
function loopback(senderId = 'me'): Transport {
  const listener = createListener(protocol, handlers, 'me');
  return (envelope) =>
    new Promise((resolve) => {
      const kept = listener(envelope, { id: senderId }, resolve);
      if (!kept) resolve(undefined);
    });
}

describe('messaging channel', () => {
  it('round-trips a typed request', async () => {
    await expect(request(protocol, loopback(), 'double', { n: 21 })).resolves.toEqual({ n: 42 });
  });

  it("passes a handler's error to the caller in words", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(request(protocol, loopback(), 'fail', {})).rejects.toThrow('store is closed');
  });

  it('ignores other senders, unknown types and malformed envelopes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = createListener(protocol, handlers, 'me');
    const answer = vi.fn<(reply: Reply) => void>();
    expect(listener({ type: 'double', payload: { n: 1 } }, { id: 'someone-else' }, answer)).toBeUndefined();
    expect(listener({ type: 'toString', payload: {} }, { id: 'me' }, answer)).toBeUndefined();
    expect(listener({ type: '__proto__', payload: {} }, { id: 'me' }, answer)).toBeUndefined();
    expect(listener('double', { id: 'me' }, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });

  it("tells the handler the sender's tab, and nothing when it has none", async () => {
    const seen = vi.fn((_request: Record<string, never>, context?: MessageContext) => ({ tabId: context?.tabId }));
    const tabProtocol = {
      whereAmI: { request: z.strictObject({}), response: z.strictObject({ tabId: z.optional(z.number()) }) },
    };
    const listener = createListener(tabProtocol, { whereAmI: seen }, 'me');
    const ask = (sender: Sender) =>
      new Promise<Reply>((resolve) => listener({ type: 'whereAmI', payload: {} }, sender, resolve));
    await expect(ask({ id: 'me', tab: { id: 7 } })).resolves.toEqual({ ok: true, value: { tabId: 7 } });
    await expect(ask({ id: 'me' })).resolves.toEqual({ ok: true, value: {} });
    expect(seen).toHaveBeenLastCalledWith({}, { tabId: undefined });
  });

  it('checks a kept, frozen answer once, and every other answer each time it is given', async () => {
    const response = z.strictObject({ n: z.number() });
    const parse = vi.spyOn(response, 'parse');
    const kept = Object.freeze({ n: 1 });
    const answers = [kept, kept, { n: 2 }, { n: 2 }, Object.freeze({ n: 'three' })];
    const keptProtocol = {
      next: { request: z.strictObject({}), response },
      // Another message's answer may not hold what this one does.
      other: { request: z.strictObject({}), response: z.strictObject({ n: z.number().check(z.minimum(5)) }) },
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = createListener(
      keptProtocol,
      { next: () => answers.shift() as { n: number }, other: () => kept },
      'me',
    );
    const ask = (type = 'next') =>
      new Promise<Reply>((resolve) => listener({ type, payload: {} }, { id: 'me' }, resolve));
    for (const n of [1, 1, 2, 2]) await expect(ask()).resolves.toEqual({ ok: true, value: { n } });
    expect(parse).toHaveBeenCalledTimes(3);
    // The same kept answer, given for another message, is checked against that message's schema.
    await expect(ask('other')).resolves.toMatchObject({ ok: false });
    // A frozen answer is still checked: one that does not fit the protocol never leaves.
    await expect(ask()).resolves.toMatchObject({ ok: false });
  });

  it('refuses a payload of the wrong shape', async () => {
    const listener = createListener(protocol, handlers, 'me');
    const answer = vi.fn<(reply: Reply) => void>();
    listener({ type: 'double', payload: { n: 'two' } }, { id: 'me' }, answer);
    expect(answer).toHaveBeenCalledWith({ ok: false, error: 'Invalid double request' });
  });
});

/** Every background handler as a spy answering `{}`. */
function backgroundSpies() {
  const spies = Object.fromEntries(Object.keys(backgroundProtocol).map((type) => [type, vi.fn(() => ({}))]));
  return spies as unknown as Handlers<typeof backgroundProtocol> & Record<string, ReturnType<typeof vi.fn>>;
}

describe("the extension's real protocols", () => {
  const PAGES = 'chrome-extension://me/';
  const fromPage: Sender = { id: 'me', tab: { id: 3 }, url: 'https://news.example.com/story' };
  const fromPopup: Sender = { id: 'me', url: `${PAGES}popup.html` };

  it.each([
    ['lookupModels', { ids: ['not an id'] }],
    ['lookupModels', { ids: ['openai/gpt-4.1-mini'], extra: true }],
    ['openLookup', { query: '' }],
    ['openCompare', { ids: [] }],
    ['reportPageModels', { count: -1 }],
    ['searchModels', { query: 'gpt', limit: 10_000 }],
  ])('the background runs no handler for a malformed %s', (type, payload) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = backgroundSpies();
    const listener = createListener(backgroundProtocol, handlers, 'me', PAGES);
    const answer = vi.fn<(reply: Reply) => void>();
    expect(listener({ type, payload }, fromPopup, answer)).toBeUndefined();
    expect(answer).toHaveBeenCalledWith({ ok: false, error: `Invalid ${type} request` });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('takes from a page only whole, positive counts of mentions', () => {
    const answer = (mentions: number) =>
      contentProtocol.listPageModels.response.safeParse({
        models: [{ id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', mentions }],
      }).success;
    expect(answer(3)).toBe(true);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(answer(bad)).toBe(false);
  });

  it('the background and the page script ignore another extension, whatever it sends', () => {
    const handlers = backgroundSpies();
    const background = createListener(backgroundProtocol, handlers, 'me');
    const pageHandlers = { listPageModels: vi.fn(() => ({ models: [] })) };
    const page = createPageListener(pageHandlers, 'me');
    const answer = vi.fn<(reply: Reply) => void>();
    const stranger: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/bg.js' };
    expect(background({ type: 'getAliasIndex', payload: {} }, stranger, answer)).toBeUndefined();
    expect(background({ type: 'refreshNow', payload: {} }, {}, answer)).toBeUndefined();
    expect(page({ type: 'listPageModels', payload: {} }, stranger, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
    expect(pageHandlers.listPageModels).not.toHaveBeenCalled();
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it("takes the options page's messages only from the extension's own pages, never from a web page", async () => {
    const handlers = backgroundSpies();
    const listener = createListener(backgroundProtocol, handlers, 'me', PAGES);
    const answer = vi.fn<(reply: Reply) => void>();
    for (const type of ['refreshNow', 'getSourceStatus']) {
      expect(listener({ type, payload: {} }, fromPage, answer)).toBeUndefined();
      // A page whose address merely contains the extension's is still a page.
      expect(
        listener({ type, payload: {} }, { ...fromPage, url: `https://evil.test/?${PAGES}` }, answer),
      ).toBeUndefined();
    }
    expect(listener({ type: 'searchModels', payload: { query: 'gpt', limit: 5 } }, fromPage, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
    expect(handlers.refreshNow).not.toHaveBeenCalled();

    // What a page script may ask still reaches the background from a page.
    const reply = new Promise<Reply>((resolve) =>
      listener({ type: 'reportPageModels', payload: { count: 2 } }, fromPage, resolve),
    );
    await expect(reply).resolves.toEqual({ ok: true, value: {} });
    expect(handlers.reportPageModels).toHaveBeenCalledWith({ count: 2 }, { tabId: 3 });
    // The options page is one of the extension's pages.
    expect(listener({ type: 'refreshNow', payload: {} }, { id: 'me', url: `${PAGES}options.html` }, vi.fn())).toBe(
      true,
    );
  });
});
