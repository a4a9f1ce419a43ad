import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createListener, request, type Sender, type Transport } from '../../lib/messaging/channel';
import type { MessageContext, Reply } from '../../lib/messaging/protocol';

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

  it('refuses a payload of the wrong shape', async () => {
    const listener = createListener(protocol, handlers, 'me');
    const answer = vi.fn<(reply: Reply) => void>();
    listener({ type: 'double', payload: { n: 'two' } }, { id: 'me' }, answer);
    expect(answer).toHaveBeenCalledWith({ ok: false, error: 'Invalid double request' });
  });
});
