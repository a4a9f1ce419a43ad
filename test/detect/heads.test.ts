import { describe, expect, it } from 'vitest';
import { createHeadIndex } from '../../lib/detect/heads';

/** The words at which `visit` is called in a text, each taken as not a name (scanning goes on after it). */
function candidates(heads: string[], text: string): string[] {
  const words: string[] = [];
  createHeadIndex(heads)(text, (start) => {
    words.push(text.slice(start).split(/[\s,.-]/)[0] ?? '');
    return -1;
  });
  return words;
}

/** A word of letters only for each number: "ba", "bb", …, so each is one first token. */
const lettersOf = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');

describe('head index', () => {
  it.each([
    ['a head as a whole first token', ['gpt', 'claude'], 'Try GPT-4.1 or Claude.', ['GPT', 'Claude']],
    ['no word that only begins like a head', ['gpt'], 'gpts and gptx', []],
    ['a letter head before digits', ['o'], 'o3 and o4-mini, not oo3', ['o3', 'o4']],
    ['full-width letters as ASCII', ['gpt'], 'ＧＰＴ-4o', ['ＧＰＴ']],
    ['nothing without heads', [], 'gpt claude', []],
  ])('finds %s', (_, heads, text, found) => {
    expect(candidates(heads, text)).toEqual(found);
  });

  it('holds thousands of heads, past its first allocation', () => {
    const heads = Array.from({ length: 3000 }, (_, i) => `model${lettersOf(i + 26)}`);
    const some = heads.filter((_, i) => i % 500 === 0);
    expect(candidates(heads, `${some.join(' ')} modelzzzz`)).toEqual(some);
  });
});
