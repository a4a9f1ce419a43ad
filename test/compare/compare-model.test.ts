import { describe, expect, it } from 'vitest';
import type { CompareData } from '../../components/ComparePage';
import { createCompareModel } from '../../entrypoints/compare/compare-model';
import type { RelatedAnswer } from '../../lib/messaging/protocol';

const answer = (ids: string[]): CompareData => ({
  models: [],
  benchmarks: [],
  sources: [],
  providers: [],
  priceNotes: Object.fromEntries(ids.map((id) => [id, 'asked'])),
});

describe('the comparison page’s model', () => {
  it('asks for the ids in the hash, and drops an answer a newer hash overtook', async () => {
    const pending: { ids: string[]; resolve(data: CompareData): void }[] = [];
    const model = createCompareModel((ids) => new Promise((resolve) => pending.push({ ids, resolve })));
    const first = model.show('#openai/gpt-4.1-mini');
    const second = model.show('#openai/gpt-4.1-nano,openai/gpt-4.1');
    expect(pending.map((p) => p.ids)).toEqual([['openai/gpt-4.1-mini'], ['openai/gpt-4.1-nano', 'openai/gpt-4.1']]);
    pending[1]?.resolve(answer(pending[1].ids));
    await second;
    pending[0]?.resolve(answer(pending[0].ids));
    await first;
    expect(model.ids.value).toEqual(['openai/gpt-4.1-nano', 'openai/gpt-4.1']);
    expect(Object.keys(model.data.value?.priceNotes ?? {})).toEqual(['openai/gpt-4.1-nano', 'openai/gpt-4.1']);
    expect(model.loading.value).toBe(false);
  });

  it('asks nothing for an empty hash, and reports a failed lookup in words', async () => {
    let asked = 0;
    const model = createCompareModel(async () => {
      asked++;
      throw new Error('no background');
    });
    await model.show('');
    expect([asked, model.data.value, model.error.value]).toEqual([0, undefined, undefined]);
    await model.show('#openai/gpt-4.1');
    expect(model.error.value).toBe('Lookup failed: no background');
  });

  it('asks for the related comparisons once the figures show, and drops those of an older hash', async () => {
    const pending: { ids: string[]; resolve(related: RelatedAnswer): void }[] = [];
    const model = createCompareModel(
      async (ids) => answer(ids),
      (ids) => new Promise((resolve) => pending.push({ ids, resolve })),
    );
    const first = model.show('#x/a,x/b');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.loading.value).toBe(false);
    const second = model.show('#x/c,x/d');
    await new Promise((resolve) => setTimeout(resolve, 0));
    pending[1]?.resolve({ sibling: 'c and d', pairs: [], names: {} });
    await second;
    pending[0]?.resolve({ sibling: 'a and b', pairs: [], names: {} });
    await first;
    expect(model.related.value?.sibling).toBe('c and d');
  });
});
