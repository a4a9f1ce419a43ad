import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { searchModels } from '../../lib/data/search';

const { models } = loadBundledDataset();
const top = (query: string, limit = 5) => searchModels(models, query, limit).map((m) => m.id);

describe('searchModels', () => {
  // Each query with the model that must come first.
  it.each([
    // ids, in any case and with any separator
    ['openai/gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['anthropic/claude-sonnet-4.5', 'anthropic/claude-sonnet-4.5'],
    ['gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['claude-sonnet-4-5', 'anthropic/claude-sonnet-4.5'],
    // display names
    ['GPT 4.1 Mini', 'openai/gpt-4.1-mini'],
    ['Claude Sonnet 4.5', 'anthropic/claude-sonnet-4.5'],
    ['4.1 nano', 'openai/gpt-4.1-nano'],
    ['o3', 'openai/o3'],
    ['grok 4', 'x-ai/grok-4'],
    // aliases: dated snapshot ids
    ['gpt-4.1-mini-2025-04-14', 'openai/gpt-4.1-mini'],
    // misspellings: a swapped, missing or extra letter per word
    ['gpt 4.1 mnii', 'openai/gpt-4.1-mini'],
    ['claud sonet 4.5', 'anthropic/claude-sonnet-4.5'],
    ['gemni 2.5 flash', 'google/gemini-2.5-flash'],
    ['lama 3.3 70b', 'meta-llama/llama-3.3-70b-instruct'],
    ['deepsek r1', 'deepseek/deepseek-r1'],
  ])('%s → %s first', (query, expected) => {
    expect(top(query)[0]).toBe(expected);
  });

  it('ranks exact and prefix matches of ids before fuzzy ones', () => {
    // "gpt-4.1-mini" is the exact id; its prefix-sharing siblings follow, never before it.
    expect(top('gpt-4.1')[0]).toBe('openai/gpt-4.1');
    expect(top('gpt-4.1', 10)).toEqual(expect.arrayContaining(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']));
    // Every literal match of "o3" comes before anything a typo would reach.
    expect(top('o3', 3)).toEqual(['openai/o3', 'openai/o3-pro', 'openai/o3-mini']);
  });

  it('finds models by a word of their names', () => {
    expect(top('nano', 10)).toEqual(expect.arrayContaining(['openai/gpt-4.1-nano', 'openai/gpt-5-nano']));
  });

  it('never fuzzes a version number into another version', () => {
    expect(top('claud sonet 4.5', 20).every((id) => id.includes('4.5') || id.includes('4-5'))).toBe(true);
  });

  it('respects the limit', () => {
    expect(top('gpt', 3)).toHaveLength(3);
  });

  it.each([[''], ['   '], ['gpt-4.1 mini zebra']])('finds nothing for %j', (query) => {
    expect(top(query)).toEqual([]);
  });
});
