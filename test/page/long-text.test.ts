import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { LONG_TEXT, namesInPiece, pieceEnd } from '../../lib/page/long-text';

const match = createMatcher(buildAliasIndex([{ id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', aliases: [] }]));

describe('a long text, matched in pieces', () => {
  it('cuts each piece after white space, so the next starts at a word', () => {
    const data = `${'word '.repeat(LONG_TEXT / 5)}tail`;
    const end = pieceEnd(data, 0);
    expect(end).toBeLessThanOrEqual(LONG_TEXT);
    expect(data[end - 1]).toBe(' ');
    expect(pieceEnd(data, end)).toBe(data.length);
  });

  it('cuts where it must in text without white space', () => {
    expect(pieceEnd('x'.repeat(LONG_TEXT * 2), 0)).toBe(LONG_TEXT);
  });

  it('finds every name once, with offsets into the whole text, a name near a cut included', () => {
    const filler = 'log line ok '.repeat(Math.ceil(LONG_TEXT / 12));
    const data = `GPT-4.1 mini ${filler.slice(0, LONG_TEXT - 20)}GPT-4.1 mini ${filler}GPT-4.1 mini`;
    const found = [];
    for (let from = 0; from < data.length; ) {
      const to = pieceEnd(data, from);
      found.push(...namesInPiece(data, from, to, match));
      from = to;
    }
    expect(found.map((m) => data.slice(m.start, m.end))).toEqual(['GPT-4.1 mini', 'GPT-4.1 mini', 'GPT-4.1 mini']);
    expect(found.map((m) => m.text)).toEqual(['GPT-4.1 mini', 'GPT-4.1 mini', 'GPT-4.1 mini']);
  });
});
