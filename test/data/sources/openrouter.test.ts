import { describe, expect, it } from 'vitest';
import { OpenRouterModel, openRouterUpdate } from '../../../lib/data/sources/openrouter';
import { SourceError } from '../../../lib/data/sources/types';
import { readCuratedDataset } from '../../../scripts/support/dataset';
import { openRouterAnswer, openRouterArchitecture, openRouterModel } from '../../support/source-shapes';

const dataset = readCuratedDataset();
const fetchedAt = new Date('2026-11-29T08:30:00Z');
const context = { models: dataset.models, fetchedAt };

/** GPT-4.1 mini as OpenRouter lists it, with Artificial Analysis's indices (figures made up). */
const mini = openRouterModel('openai/gpt-4.1-mini', {
  canonical_slug: 'openai/gpt-4.1-mini-2025-04-14',
  name: 'OpenAI: GPT-4.1 Mini',
  created: 1744651385,
  context_length: 1047576,
  architecture: openRouterArchitecture(['image', 'text', 'file'], ['text'], 'GPT'),
  pricing: { prompt: '0.0000002', completion: '0.0000008', web_search: '0.01', input_cache_read: '0.00000005' },
  top_provider: { context_length: 1047576, max_completion_tokens: 32768, is_moderated: true },
  links: { details: '/api/v1/models/openai/gpt-4.1-mini-2025-04-14/endpoints' },
  benchmarks: {
    design_arena: [],
    artificial_analysis: { intelligence_index: 14.8, coding_index: 20.2, agentic_index: 1.7 },
  },
});

/** GPT-4.1 mini's entry with `fields` in place of its own. */
function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...mini, ...fields };
}

/** A model the bundled dataset does not hold (an open-weights one, with a Hugging Face id). */
const newcomer = openRouterModel('deepseek/deepseek-v9-flash', {
  canonical_slug: 'deepseek/deepseek-v9-flash-20261120',
  hugging_face_id: 'deepseek-ai/DeepSeek-V9-Flash',
  name: 'DeepSeek: DeepSeek V9 Flash',
  created: 1795478400,
  context_length: 1048576,
  architecture: openRouterArchitecture(['text'], ['text']),
  pricing: { prompt: '0.00000014', completion: '0.00000028', input_cache_read: '0.0000000028' },
  top_provider: { context_length: 1048576, max_completion_tokens: 384000, is_moderated: false },
  benchmarks: null,
});

function update(...data: unknown[]) {
  return openRouterUpdate(openRouterAnswer(...data), context);
}

describe('openRouterUpdate', () => {
  it('gives a known model its price per 1M tokens, limits, modalities and AA indices, cited', () => {
    const result = update(entry());
    expect(result.source).toBe('openrouter');
    expect(result.fetchedAt).toBe('2026-11-29T08:30:00.000Z');
    const [patch] = result.patches;
    const cited = { source: 'openrouter', asOf: '2026-11-29', url: 'https://openrouter.ai/openai/gpt-4.1-mini' };
    expect(patch).toEqual({
      id: 'openai/gpt-4.1-mini',
      aliases: ['openai/gpt-4.1-mini-2025-04-14'],
      price: { input: 0.2, output: 0.8, cachedInput: 0.05, ...cited },
      limits: { context: 1047576, maxOutput: 32768, ...cited },
      modalities: { input: ['text', 'image', 'file'], output: ['text'] },
      scores: {
        'aa-intelligence-index': {
          value: 14.8,
          source: 'artificial-analysis',
          asOf: '2026-11-29',
          url: cited.url,
          note: 'via OpenRouter',
        },
        'aa-coding-index': {
          value: 20.2,
          source: 'artificial-analysis',
          asOf: '2026-11-29',
          url: cited.url,
          note: 'via OpenRouter',
        },
      },
    });
    // Identity fields are the dataset's for a model it already holds.
    expect(patch).not.toHaveProperty('name');
  });

  it('brings a model the dataset lacks as a whole new model', () => {
    const [patch] = update(newcomer).patches;
    expect(patch).toMatchObject({
      id: 'deepseek/deepseek-v9-flash',
      name: 'DeepSeek V9 Flash',
      provider: 'deepseek',
      aliases: [
        'deepseek/deepseek-v9-flash',
        'deepseek-v9-flash',
        'deepseek-ai/DeepSeek-V9-Flash',
        'deepseek/deepseek-v9-flash-20261120',
      ],
      releaseDate: '2026-11-24',
      openWeights: true,
      modalities: { input: ['text'], output: ['text'] },
      price: { input: 0.14, output: 0.28, cachedInput: 0.0028, source: 'openrouter' },
      limits: { context: 1048576, maxOutput: 384000 },
    });
    // "DeepSeek V9 Flash" and "deepseek-v9-flash" are one form: the name is kept once.
    expect(patch?.scores).toBeUndefined();
  });

  it('leaves openWeights unsaid without a Hugging Face id, and keeps a name without a provider prefix', () => {
    const rocket = entry({ id: 'acme/rocket-1', name: 'Rocket 1', hugging_face_id: null, canonical_slug: null });
    const [patch] = update(rocket).patches;
    expect(patch).toMatchObject({ name: 'Rocket 1', provider: 'acme', aliases: ['acme/rocket-1', 'rocket-1'] });
    expect(patch).not.toHaveProperty('openWeights');
  });

  it.each([
    ['a negative price', { pricing: { prompt: '-0.000001', completion: '0.000001' } }],
    ['a price that is not a number', { pricing: { prompt: 'NaN', completion: '0.000001' } }],
    ['an absurd price', { pricing: { prompt: '1e9', completion: '0.000001' } }],
    ['a price as a number', { pricing: { prompt: 0.0000002, completion: '0.0000008' } }],
    ['no id', { id: undefined }],
    ['an id that is not lowercase provider/model', { id: 'OpenAI/GPT-4.1-Mini' }],
    ['an id without a provider', { id: 'gpt-4.1-mini' }],
    ['a name over 200 characters', { name: 'x'.repeat(201) }],
    ['a negative context window', { context_length: -5 }],
    ['an AA index above 100', { benchmarks: { artificial_analysis: { intelligence_index: 1480 } } }],
  ])('skips an entry with %s, and reads the others', (_, fields) => {
    const result = update(entry(fields), newcomer);
    expect(result.patches.map((p) => p.id)).toEqual(['deepseek/deepseek-v9-flash']);
    expect(JSON.stringify(result)).not.toMatch(/1e9|NaN|1480|GPT-4\.1-Mini/);
  });

  it.each([
    ['a ":free" variant', 'openai/gpt-oss-20b:free'],
    ['a ":thinking" variant', 'qwen/qwen-plus-2025-07-28:thinking'],
    ['a router alias', '~openai/gpt-mini-latest'],
    ["one of OpenRouter's routers", 'openrouter/auto'],
  ])('skips %s', (_, id) => {
    expect(update(entry({ id }), newcomer).patches.map((p) => p.id)).toEqual(['deepseek/deepseek-v9-flash']);
  });

  it('reads "-1" as a variable price: no price, the other figures kept', () => {
    const [patch] = update(entry({ pricing: { prompt: '-1', completion: '-1' } })).patches;
    expect(patch?.price).toBeUndefined();
    expect(patch?.limits?.context).toBe(1047576);
  });

  it('takes no price of 0 (a free tier), and no limits without a context window', () => {
    const [patch] = update(entry({ pricing: { prompt: '0', completion: '0' }, context_length: null })).patches;
    expect(patch).not.toHaveProperty('price');
    expect(patch).not.toHaveProperty('limits');
  });

  it('drops modalities it does not know, and skips a new model left without an input or output', () => {
    const speech = { input_modalities: ['text', 'audio', 'speech'], output_modalities: ['audio', 'music'] };
    const [known] = update(entry({ architecture: speech })).patches;
    expect(known?.modalities).toEqual({ input: ['text', 'audio'], output: ['audio'] });
    const music = { ...newcomer, architecture: { input_modalities: ['text'], output_modalities: ['music'] } };
    expect(update(music).patches).toEqual([]);
  });

  it('reads each id once', () => {
    expect(update(newcomer, { ...newcomer, name: 'Other' }).patches.map((p) => p.name)).toEqual(['DeepSeek V9 Flash']);
  });

  it.each([
    ['an HTML error page', '<html>Bad gateway</html>', "OpenRouter's answer is not a model list"],
    ['an error object', { error: { code: 429, message: 'Rate limited' } }, 'not a model list'],
    ['null', null, 'not a model list'],
    ['an empty list', { data: [] }, 'is empty'],
    ['entries of another shape', { data: [{ slug: 'a' }, { slug: 'b' }] }, 'None of the 2 entries'],
  ])('throws a SourceError in words for %s', (_, body, words) => {
    expect(() => openRouterUpdate(body, context)).toThrow(SourceError);
    expect(() => openRouterUpdate(body, context)).toThrow(words);
  });

  it('lets OpenRouter add fields it does not describe yet', () => {
    expect(OpenRouterModel.safeParse(entry({ expiration_date: '2027-01-01', reasoning: {} })).success).toBe(true);
  });
});
