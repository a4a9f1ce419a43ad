import { describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../lib/messaging/envelope';
import { createPageListener, readReply } from '../../lib/messaging/page-listener';

const models = [{ id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', mentions: 2 }];
const fromPopup = { id: 'me', url: 'chrome-extension://me/popup.html' };

describe("the content script's listener", () => {
  it('answers its own extension with what the page names', () => {
    const listener = createPageListener({ listPageModels: () => ({ models }) }, 'me');
    const answer = vi.fn<(reply: Reply) => void>();
    listener({ type: 'listPageModels', payload: {} }, fromPopup, answer);
    expect(answer).toHaveBeenCalledWith({ ok: true, value: { models } });
  });

  it.each([
    ['another extension', { type: 'listPageModels', payload: {} }, { id: 'someone-else' }],
    ['no sender id (a web page)', { type: 'listPageModels', payload: {} }, {}],
    ['an unknown type', { type: 'getAliasIndex', payload: {} }, fromPopup],
    ['a type from the prototype', { type: 'toString', payload: {} }, fromPopup],
    ['no envelope', 'listPageModels', fromPopup],
    ['null', null, fromPopup],
    ['extra keys beside type and payload', { type: 'listPageModels', payload: {}, extra: 1 }, fromPopup],
  ])('ignores %s', (_, message, sender) => {
    const handler = vi.fn(() => ({ models }));
    const answer = vi.fn();
    expect(createPageListener({ listPageModels: handler }, 'me')(message, sender, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([[{ all: true }], [[]], [null], ['x'], [undefined]])('refuses the payload %j', (payload) => {
    const handler = vi.fn(() => ({ models }));
    const answer = vi.fn();
    createPageListener({ listPageModels: handler }, 'me')({ type: 'listPageModels', payload }, fromPopup, answer);
    expect(answer).toHaveBeenCalledWith({ ok: false, error: 'Invalid listPageModels request' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a failure in words', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = createPageListener(
      {
        listPageModels: () => {
          throw new Error('not ready');
        },
      },
      'me',
    );
    const answer = vi.fn();
    listener({ type: 'listPageModels', payload: {} }, fromPopup, answer);
    expect(answer).toHaveBeenCalledWith({ ok: false, error: 'not ready' });
  });
});

describe("the content script's reading of the background's answers", () => {
  it('gives the value of a good answer, and throws the error of a failed one', () => {
    expect(readReply({ ok: true, value: { entries: [] } }, 'getAliasIndex')).toEqual({ entries: [] });
    expect(() => readReply({ ok: false, error: 'no dataset' }, 'getAliasIndex')).toThrow('no dataset');
  });

  it.each([[undefined], [null], [{}], [{ ok: true }], [{ ok: 'yes', value: 1 }], [{ ok: false, error: 42 }], ['ok']])(
    'refuses %j',
    (reply) => {
      expect(() => readReply(reply, 'lookupModels')).toThrow('No valid answer to lookupModels');
    },
  );
});
