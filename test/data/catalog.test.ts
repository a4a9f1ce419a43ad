import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { catalogHandlers, createCatalog } from '../../lib/data/catalog';
import { loadDataset } from '../../lib/data/load';
import { openModelStore, replaceDataset } from '../../lib/data/store';

const bundled = loadBundledDataset();

describe('loadDataset', () => {
  it('writes the bundled snapshot into an empty store, and keeps a newer stored one', async () => {
    const store = await openModelStore();
    expect((await loadDataset(store, bundled)).version).toBe(bundled.version);
    const newer = { ...bundled, version: '2099-01-01', models: bundled.models.slice(0, 2) };
    await replaceDataset(store, newer);
    const loaded = await loadDataset(store, bundled);
    expect(loaded.version).toBe('2099-01-01');
    expect(loaded.models).toHaveLength(2);
    store.close();
  });
});

describe('catalog handlers', () => {
  const handlers = catalogHandlers(async () => createCatalog(bundled));

  it('serves the alias index with every model id in it', async () => {
    const { entries, version } = await handlers.getAliasIndex({});
    expect(version).toBe(bundled.version);
    expect(entries).toContainEqual({ alias: 'gpt-4.1-mini-2025-04-14', modelId: 'openai/gpt-4.1-mini' });
    const named = new Set(entries.map((e) => e.modelId));
    expect(named.size).toBe(bundled.models.length);
  });

  it('looks models up by id, skipping unknown ones', async () => {
    const answer = await handlers.lookupModels({ ids: ['openai/gpt-4.1-nano', 'nobody/nothing'] });
    expect(answer.models.map((m) => m.id)).toEqual(['openai/gpt-4.1-nano']);
    expect(answer.benchmarks.some((b) => b.id === 'gpqa-diamond')).toBe(true);
  });

  it('searches', async () => {
    const { models } = await handlers.searchModels({ query: 'gpt-4.1 nano', limit: 3 });
    expect(models[0]).toMatchObject({ id: 'openai/gpt-4.1-nano', price: { output: 0.4 } });
  });
});
