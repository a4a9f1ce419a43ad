import { describe, expect, it } from 'vitest';
import { compareHash, MAX_COMPARED, readCompareHash } from '../../lib/compare/selection';

describe('the comparison page’s URL hash', () => {
  it.each([
    ['#openai/gpt-4.1-mini,openai/gpt-4.1-nano', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']],
    ['#openai%2Fgpt-4.1-mini%2C%20OpenAI/GPT-4.1-nano', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']],
    ['#openai/gpt-4.1-mini,openai/gpt-4.1-mini', ['openai/gpt-4.1-mini']],
    ['#<script>,javascript:alert(1),openai/gpt-4.1', ['openai/gpt-4.1']],
    [`#x/${'a'.repeat(200)},openai/gpt-4.1`, ['openai/gpt-4.1']],
    ['#%E0%A4%A', []],
    ['', []],
  ])('reads %j', (hash, ids) => {
    expect(readCompareHash(hash)).toEqual({ ids, asked: ids.length });
  });

  it('round-trips a selection', () => {
    const ids = ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'anthropic/claude-sonnet-4.5'];
    expect(compareHash(ids)).toBe('#openai/gpt-4.1-mini,openai/gpt-4.1-nano,anthropic/claude-sonnet-4.5');
    expect(readCompareHash(compareHash(ids))).toEqual({ ids, asked: 3 });
  });

  it('shows the first models up to the limit, and says how many were asked for', () => {
    const many = Array.from({ length: 15 }, (_, i) => `x/model-${i}`);
    const { ids, asked } = readCompareHash(compareHash(many));
    expect(ids).toEqual(many.slice(0, MAX_COMPARED));
    expect(asked).toBe(15);
  });
});
