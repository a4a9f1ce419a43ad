import { describe, expect, it } from 'vitest';
import { MAX_SELECTION, parseSelection, selectionHash } from '../../entrypoints/compare/selection';

describe('the comparison page’s URL hash', () => {
  it.each([
    ['#openai/gpt-4.1-mini,openai/gpt-4.1-nano', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']],
    ['#openai%2Fgpt-4.1-mini%2C%20OpenAI/GPT-4.1-nano', ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']],
    ['#openai/gpt-4.1-mini,openai/gpt-4.1-mini', ['openai/gpt-4.1-mini']],
    ['#<script>,javascript:alert(1),openai/gpt-4.1', ['openai/gpt-4.1']],
    ['#%E0%A4%A', []],
    ['', []],
  ])('reads %j', (hash, ids) => {
    expect(parseSelection(hash)).toEqual(ids);
  });

  it('round-trips a selection and caps its length', () => {
    const ids = ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'anthropic/claude-sonnet-4.5'];
    expect(selectionHash(ids)).toBe('#openai/gpt-4.1-mini,openai/gpt-4.1-nano,anthropic/claude-sonnet-4.5');
    expect(parseSelection(selectionHash(ids))).toEqual(ids);
    const many = Array.from({ length: 20 }, (_, i) => `x/model-${i}`);
    expect(parseSelection(selectionHash(many))).toHaveLength(MAX_SELECTION);
  });
});
