import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { searchModels } from '../../lib/data/search';

const { models } = loadBundledDataset();
const top = (query: string) => searchModels(models, query, 5).map((m) => m.id);

describe('searchModels', () => {
  it('finds models by a word of their names', () => {
    expect(top('nano')).toEqual(expect.arrayContaining(['openai/gpt-4.1-nano', 'openai/gpt-5-nano']));
    expect(top('4.1 nano')[0]).toBe('openai/gpt-4.1-nano');
  });

  it('finds a model by id, in any case and with any separator', () => {
    expect(top('openai/gpt-4.1-mini')[0]).toBe('openai/gpt-4.1-mini');
    expect(top('GPT 4.1 Mini')[0]).toBe('openai/gpt-4.1-mini');
    expect(top('gpt-4.1-mini-2025-04-14')[0]).toBe('openai/gpt-4.1-mini');
  });

  it('needs every word and returns nothing for an empty query', () => {
    expect(top('gpt-4.1 mini zebra')).toEqual([]);
    expect(top('   ')).toEqual([]);
  });
});
