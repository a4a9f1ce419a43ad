import { describe, expect, it } from 'vitest';
import { liteLlmUpdate } from '../../../lib/data/sources/litellm';
import { SourceError } from '../../../lib/data/sources/types';
import { readCuratedDataset } from '../../../scripts/support/dataset';
import { liteLlmCostMap, liteLlmEntry } from '../../support/source-shapes';

const dataset = readCuratedDataset();
const fetchedAt = new Date('2026-11-29T08:30:00Z');
const context = { models: dataset.models, fetchedAt };

const costMap = liteLlmCostMap({
  'azure/gpt-4.1-mini': liteLlmEntry('azure', 4.4e-7, 1.76e-6),
  'gpt-4.1-mini-2025-04-14': liteLlmEntry('openai', 3e-7, 1.2e-6),
  'gpt-4.1-mini': liteLlmEntry('openai', 2e-7, 8e-7, {
    cache_read_input_token_cost: 5e-8,
    max_input_tokens: 1047576,
    max_output_tokens: 32768,
  }),
  'openrouter/openai/gpt-4.1-mini': liteLlmEntry('openrouter', 4e-7, 1.6e-6),
  'ft:gpt-4.1-mini-2025-04-14': liteLlmEntry('openai', 8e-7, 3.2e-6),
  'command-a-03-2025': liteLlmEntry('cohere_chat', 2e-6, 8e-6, { max_input_tokens: 256000, max_output_tokens: 8000 }),
  'gemini/gemini-2.5-pro': liteLlmEntry('gemini', 1e-6, 8e-6, { max_input_tokens: 1048576, max_output_tokens: 65535 }),
  'dashscope/qwen3-max': liteLlmEntry('dashscope', 1e-6, 5e-6, { max_input_tokens: 258048, max_output_tokens: null }),
  // Alibaba also serves DeepSeek's models: not a first-party price of DeepSeek's.
  'dashscope/deepseek-r1': liteLlmEntry('dashscope', 5e-7, 2e-6),
  'xai/grok-4': liteLlmEntry('xai', -3e-6, 1.5e-5),
  'mistral/mistral-large-2411': liteLlmEntry('mistral', 2e-6, 1e9),
  'claude-sonnet-4-5': liteLlmEntry('anthropic', '3e-06', 1.5e-5),
  'claude-sonnet-4-5-20250929': liteLlmEntry('anthropic', 3e-6, 1.5e-5, { max_input_tokens: -1 }),
  'text-embedding-3-small': liteLlmEntry('openai', 1e-8, 0, { mode: 'embedding', max_input_tokens: 8191 }),
  'gemini/gemma-3-27b-it': liteLlmEntry('gemini', 0, 0, { max_input_tokens: 131072 }),
  'gpt-9-turbo': liteLlmEntry('openai', 1e-6, 2e-6),
});

describe('liteLlmUpdate', () => {
  const result = liteLlmUpdate(costMap, context);
  const patch = (id: string) => result.patches.find((p) => p.id === id);
  const cited = { source: 'litellm', asOf: '2026-11-29' };

  it('gives a known model its first-party price per 1M tokens and limits, cited', () => {
    expect(result.source).toBe('litellm');
    expect(result.fetchedAt).toBe('2026-11-29T08:30:00.000Z');
    expect(patch('openai/gpt-4.1-mini')).toEqual({
      id: 'openai/gpt-4.1-mini',
      aliases: ['gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'],
      price: { input: 0.2, output: 0.8, cachedInput: 0.05, ...cited },
      limits: { context: 1047576, maxOutput: 32768, ...cited },
    });
  });

  it.each([
    ['google/gemini-2.5-pro', 'gemini → google', { input: 1, output: 8 }],
    ['qwen/qwen3-max', 'dashscope → qwen', { input: 1, output: 5 }],
    ['cohere/command-a', 'cohere_chat → cohere, by its only (dated) key', { input: 2, output: 8 }],
    ['openai/text-embedding-3-small', 'an embedding model, whose output has no price', { input: 0.01, output: 0 }],
  ])('maps %s (%s)', (id, _, price) => {
    expect(patch(id)?.price).toMatchObject(price);
  });

  it('leaves maxOutput out when LiteLLM does not state it', () => {
    expect(patch('qwen/qwen3-max')?.limits).toEqual({ context: 258048, ...cited });
  });

  it.each([
    ['a cloud or reseller price (azure, openrouter)', 'openai/gpt-4.1-mini', { input: 0.2 }],
    ['a negative price', 'x-ai/grok-4', undefined],
    ['an absurd price', 'mistralai/mistral-large-2411', undefined],
    ['a price written as text, and a negative context', 'anthropic/claude-sonnet-4.5', undefined],
    ['a free tier written as 0', 'google/gemma-3-27b-it', undefined],
    ['a host of another provider’s model', 'deepseek/deepseek-r1', undefined],
  ])('never copies %s', (_, id, price) => {
    if (price) expect(patch(id)?.price).toMatchObject(price);
    else expect(patch(id)?.price).toBeUndefined();
  });

  it('keeps only models the dataset holds', () => {
    const known = new Set(dataset.models.map((m) => m.id));
    expect(result.patches.every((p) => known.has(p.id))).toBe(true);
    expect(JSON.stringify(result)).not.toContain('gpt-9');
  });

  it('prefers the undated key, whatever order the map lists them in', () => {
    const reversed = Object.fromEntries(Object.entries(costMap).reverse());
    expect(liteLlmUpdate(reversed, context).patches.find((p) => p.id === 'openai/gpt-4.1-mini')?.price?.input).toBe(
      0.2,
    );
    const datedOnly = { 'gpt-4.1-mini-2025-04-14': costMap['gpt-4.1-mini-2025-04-14'] };
    expect(liteLlmUpdate(datedOnly, context).patches[0]?.price?.input).toBe(0.3);
  });

  it.each([
    ['a list', [costMap['gpt-4.1-mini']], "LiteLLM's answer is not a cost map"],
    ['text', 'Not Found', 'not a cost map'],
    ['null', null, 'not a cost map'],
    ['a map with no first-party entry', { 'azure/gpt-4.1-mini': costMap['azure/gpt-4.1-mini'] }, 'no first-party'],
  ])('throws a SourceError in words for %s', (_, body, words) => {
    expect(() => liteLlmUpdate(body, context)).toThrow(SourceError);
    expect(() => liteLlmUpdate(body, context)).toThrow(words);
  });
});
