import { describe, expect, it } from 'vitest';
import { catalogHandlers } from '../../lib/background/catalog-handlers';
import { overallScore } from '../../lib/compare/overall';
import { loadBundledDataset } from '../../lib/data/bundled';
import { createCatalog } from '../../lib/data/catalog';
import { Dataset } from '../../lib/data/schema';
import { backgroundProtocol } from '../../lib/messaging/protocol';
import { testModel } from '../support/models';

const bundled = loadBundledDataset();

describe('catalog handlers', () => {
  const handlers = catalogHandlers(async () => createCatalog(bundled));

  it('serves the alias index with every model id and series in it', async () => {
    const { entries, version, names } = await handlers.getAliasIndex({});
    expect(version).toBe(bundled.version);
    expect(entries).toContainEqual({ alias: 'gpt-4.1-mini-2025-04-14', modelId: 'openai/gpt-4.1-mini' });
    const named = new Set(entries.flatMap((e) => ('modelId' in e ? [e.modelId] : [])));
    expect(named.size).toBe(bundled.models.length);
    const series = new Set(entries.flatMap((e) => ('seriesId' in e ? [e.seriesId] : [])));
    expect([...series].sort()).toEqual(bundled.series.map((s) => s.id).sort());
    expect(Object.keys(names)).toHaveLength(bundled.models.length);
  });

  it('answers with an alias index the protocol lets through, every kind of name included', async () => {
    const answer = await handlers.getAliasIndex({});
    expect(answer.entries.some((e) => 'untuned' in e && e.untuned)).toBe(true);
    expect(answer.entries.some((e) => 'line' in e && e.line)).toBe(true);
    expect(answer.entries.some((e) => 'short' in e && e.short)).toBe(true);
    expect(backgroundProtocol.getAliasIndex.response.safeParse(answer).success).toBe(true);
  });

  it('looks models up by id, skipping unknown ones', async () => {
    const answer = await handlers.lookupModels({ ids: ['openai/gpt-4.1-nano', 'nobody/nothing'] });
    expect(answer.models.map((m) => m.id)).toEqual(['openai/gpt-4.1-nano']);
    expect(answer.benchmarks.some((b) => b.id === 'gpqa-diamond')).toBe(true);
  });

  it('passes a recent price change along with the models asked for', async () => {
    const notes = new Map([['openai/gpt-4.1-mini', 'price cut 50% on 2026-11-29']]);
    const withNotes = catalogHandlers(async () => createCatalog(bundled, notes));
    const answer = await withNotes.lookupModels({ ids: ['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano'] });
    expect(answer.priceNotes).toEqual({ 'openai/gpt-4.1-mini': 'price cut 50% on 2026-11-29' });
  });

  it('looks a series up with its members in order, and answers without one it lacks', async () => {
    const members = ['acme/one-small', 'acme/one-large'].map((id) => testModel(id, { series: 'acme-one' }));
    const dataset: Dataset = {
      ...bundled,
      providers: [...bundled.providers, { id: 'acme', name: 'Acme', url: 'https://example.com' }],
      series: [
        ...bundled.series,
        { id: 'acme-one', name: 'Acme One', provider: 'acme', aliases: [], members: members.map((m) => m.id) },
      ],
      models: [...bundled.models, ...[...members].reverse()],
    };
    const withSeries = catalogHandlers(async () => createCatalog(Dataset.parse(dataset)));
    const answer = await withSeries.lookupSeries({ id: 'acme-one' });
    expect(answer.series?.name).toBe('Acme One');
    expect(answer.models.map((m) => m.id)).toEqual(['acme/one-small', 'acme/one-large']);
    expect(answer.providers.some((p) => p.id === 'acme')).toBe(true);
    expect(backgroundProtocol.lookupSeries.response.safeParse(answer).success).toBe(true);
    expect(await withSeries.lookupSeries({ id: 'nothing' })).toMatchObject({ series: undefined, models: [] });
  });

  it('offers related comparisons with the names they need, and siblings are siblings', async () => {
    const cite = { source: 'openrouter', asOf: '2026-01-01' };
    const price = (usd: number) => ({ price: { input: usd, output: usd, ...cite } });
    const members = [
      testModel('acme/one-small', { name: 'One Small', series: 'acme-one', ...price(0.1) }),
      testModel('acme/one-large', { name: 'One Large', series: 'acme-one', ...price(1) }),
      testModel('acme/one-huge', {
        name: 'One Huge',
        series: 'acme-one',
        ...price(5),
        status: { stage: 'deprecated', successor: 'openai/gpt-4.1', ...cite },
      }),
    ];
    const dataset: Dataset = {
      ...bundled,
      providers: [...bundled.providers, { id: 'acme', name: 'Acme', url: 'https://example.com' }],
      series: [
        ...bundled.series,
        { id: 'acme-one', name: 'Acme One', provider: 'acme', aliases: [], members: members.map((m) => m.id) },
      ],
      models: [...bundled.models, ...members],
    };
    const handlers = catalogHandlers(async () => createCatalog(Dataset.parse(dataset)));
    const answer = await handlers.getRelated({ ids: ['acme/one-large', 'acme/one-huge'] });
    expect(answer.sibling).toBe('Sibling matchup inside the Acme One family');
    expect(answer.pairs.length).toBeGreaterThanOrEqual(4);
    expect(answer.pairs[0]?.ids).toEqual(['acme/one-large', 'acme/one-small']);
    for (const id of answer.pairs.flatMap((p) => p.ids)) expect(answer.names[id]).toBeDefined();
    expect(answer.names['openai/gpt-4.1']).toBe('GPT-4.1');
    expect(backgroundProtocol.getRelated.response.safeParse(answer).success).toBe(true);
    expect(await handlers.getRelated({ ids: ['acme/one-large'] })).toEqual({ pairs: [], names: {} });
  });

  it('searches', async () => {
    const { models } = await handlers.searchModels({ query: 'gpt-4.1 nano', limit: 3 });
    expect(models[0]).toMatchObject({ id: 'openai/gpt-4.1-nano', price: { output: 0.4 } });
  });

  it("gives each result its overall score, as the card computes it, in the protocol's shape", async () => {
    const answer = await handlers.searchModels({ query: 'gpt-4.1 mini', limit: 5 });
    const mini = bundled.models.find((m) => m.id === 'openai/gpt-4.1-mini');
    const expected = mini && overallScore(mini, bundled.benchmarks);
    expect(answer.models[0]?.overall).toEqual({ value: expected?.value, provisional: expected?.provisional });
    expect(backgroundProtocol.searchModels.response.safeParse(answer).success).toBe(true);
  });
});
