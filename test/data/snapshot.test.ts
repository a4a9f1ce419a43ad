import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { assembleDataset } from '../../lib/data/snapshot';
import { aliasForms, buildAliasIndex, normalizeAlias } from '../../lib/detect/aliases';

describe('bundled snapshot', () => {
  const dataset = loadBundledDataset();

  it('validates against the schema', () => {
    expect(dataset.models.length).toBeGreaterThan(0);
  });

  it('has GPT-4.1 mini and nano with their published figures', () => {
    const mini = dataset.models.find((m) => m.id === 'openai/gpt-4.1-mini');
    const nano = dataset.models.find((m) => m.id === 'openai/gpt-4.1-nano');
    expect(mini?.price).toMatchObject({ input: 0.4, output: 1.6, cachedInput: 0.1 });
    expect(nano?.price).toMatchObject({ input: 0.1, output: 0.4, cachedInput: 0.025 });
    expect(mini?.limits?.context).toBe(1047576);
    expect(nano?.limits?.context).toBe(1047576);
    expect(mini?.scores['gpqa-diamond']?.value).toBe(65.0);
    expect(nano?.scores['gpqa-diamond']?.value).toBe(50.3);
    expect(mini?.scores.ifeval?.value).toBe(84.1);
    expect(nano?.scores.ifeval?.value).toBe(74.5);
    expect(mini?.speed?.outputTokensPerSecond).toBeGreaterThan(0);
    expect(nano?.speed?.timeToFirstTokenSeconds).toBeGreaterThan(0);
  });

  it('covers at least 40 models from at least 8 providers', () => {
    expect(dataset.models.length).toBeGreaterThanOrEqual(40);
    expect(new Set(dataset.models.map((m) => m.provider)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives no two models the same alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const model of dataset.models) {
      for (const alias of [model.id, model.name, ...model.aliases]) {
        const key = alias.toLowerCase();
        const previous = owner.get(key);
        if (previous && previous !== model.id) clashes.push(`${alias}: ${previous} and ${model.id}`);
        owner.set(key, model.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every form written for a model to that model, whatever another model derives', () => {
    const index = new Map(buildAliasIndex(dataset.models).map((entry) => [normalizeAlias(entry.alias), entry.modelId]));
    // A form as detection reads it: without its provider or cloud prefix.
    const key = (form: string) => normalizeAlias(aliasForms({ id: form, name: form, aliases: [] })[0]?.alias ?? '');
    const lost = dataset.models.flatMap((model) =>
      [model.id, model.name, ...model.aliases, ...(model.ambiguousAliases ?? [])]
        .filter((form) => key(form) !== '' && index.get(key(form)) !== model.id)
        .map((form) => `${form}: written for ${model.id}, resolves to ${index.get(key(form))}`),
    );
    expect(lost).toEqual([]);
  });
});

describe('dataset validation', () => {
  const dataset = loadBundledDataset();
  const first = dataset.models.find((model) => model.price);

  it('names every problem: unknown sources and benchmarks, duplicate ids, non-https links', () => {
    if (!first) throw new Error('empty snapshot');
    const broken = {
      ...dataset,
      models: [
        { ...first, price: first.price && { ...first.price, source: 'nowhere' } },
        { ...first, scores: { 'made-up': { value: 1, source: 'openrouter', asOf: '2026-01-01' } } },
      ],
      sources: [...dataset.sources, { ...dataset.sources[0], id: 'plain', url: 'http://example.com' }],
    };
    const header = { ...broken, models: undefined };
    delete header.models;
    expect(() => assembleDataset({ header: header as never, modelLists: [broken.models as never] })).toThrow(
      /unknown source nowhere[\s\S]*duplicate model id[\s\S]*unknown benchmark made-up/,
    );
    expect(() => assembleDataset({ header: header as never, modelLists: [broken.models as never] })).toThrow(/url/);
  });
});

describe('series files', () => {
  const dataset = loadBundledDataset();
  const { models, series, ...registry } = dataset;
  const [first, second] = models;

  it('joins the series of every file and checks their members', () => {
    if (!first || !second) throw new Error('empty snapshot');
    const pair = { id: 'pair', name: 'Pair', provider: first.provider, aliases: [], members: [first.id, second.id] };
    const joined = assembleDataset({ header: registry, modelLists: [models], seriesLists: [series, [pair]] });
    expect(joined.series.at(-1)).toEqual(pair);
    const stray = { ...pair, id: 'stray', members: ['nobody/none'] };
    expect(() => assembleDataset({ header: registry, modelLists: [models], seriesLists: [series, [stray]] })).toThrow(
      /stray: unknown member nobody\/none/,
    );
  });
});
