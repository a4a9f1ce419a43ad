import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';

const models = [
  { id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', aliases: ['gpt-4.1-mini-2025-04-14'] },
  { id: 'openai/gpt-4.1-nano', name: 'GPT-4.1 nano', aliases: [] },
  { id: 'openai/gpt-4.1', name: 'GPT-4.1', aliases: [] },
  { id: 'openai/gpt-4o-mini', name: 'GPT-4o mini', aliases: [] },
  { id: 'openai/o3', name: 'o3', aliases: [] },
  { id: 'meta-llama/llama-3.3-70b-instruct', name: 'Llama 3.3 70B', aliases: ['llama-3.3-70b'] },
];
const match = createMatcher(buildAliasIndex(models));
const ids = (text: string) => match(text).map((m) => m.modelId);

describe('createMatcher', () => {
  it.each([
    ['GPT-4.1 mini vs GPT-4.1 nano', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']],
    ['model="gpt-4.1-mini"', ['openai/gpt-4.1-mini']],
    ['pinned to gpt-4.1-mini-2025-04-14 in prod', ['openai/gpt-4.1-mini']],
    ['GPT 4.1 Mini and gpt_4.1_mini', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-mini']],
    ['Upgrade to GPT-4.1.', ['openai/gpt-4.1']],
    ['the openai/gpt-4.1-nano route', ['openai/gpt-4.1-nano']],
    [
      'Llama 3.3 70B, then llama-3.3-70b-instruct',
      ['meta-llama/llama-3.3-70b-instruct', 'meta-llama/llama-3.3-70b-instruct'],
    ],
    ['We tried o3 first.', ['openai/o3']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['gpt-4o-mini-tts reads text aloud'],
    ['ozone (O3) levels rose'],
    ['build-gpt-4.1-mini-fork'],
    ['gpt-4.10 does not exist'],
  ])('no hit in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('reports exact offsets', () => {
    const text = 'Compare GPT-4.1 mini with nano.';
    const [mention] = match(text);
    expect(mention).toEqual({ start: 8, end: 20, text: 'GPT-4.1 mini', modelId: 'openai/gpt-4.1-mini' });
    expect(text.slice(mention?.start, mention?.end)).toBe('GPT-4.1 mini');
  });

  it('finds nothing with no aliases', () => {
    expect(createMatcher([])('GPT-4.1 mini')).toEqual([]);
  });
});
