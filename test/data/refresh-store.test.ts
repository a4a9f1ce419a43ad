import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { RefreshState } from '../../lib/data/refresh';
import { commitRefresh, readPriceHistory, readRefreshState, saveRefreshState } from '../../lib/data/refresh-store';
import type { Dataset, Model } from '../../lib/data/schema';
import { openModelStore, readDataset, replaceDataset } from '../../lib/data/store';

// The store gives models back in id order: the fixtures are in that order to compare whole datasets.
const bundled = loadBundledDataset();
bundled.models.sort((a, b) => (a.id < b.id ? -1 : 1));
const older: Dataset = { ...bundled, version: '2025-01-01', models: bundled.models.slice(0, 3) };
const newer: Dataset = { ...bundled, version: '2025-02-01', models: bundled.models.slice(3, 8) };

const stateAt = (iso: string): RefreshState => ({
  openrouter: {
    id: 'openrouter',
    url: 'https://openrouter.ai/api/v1/models',
    etag: `"${iso}"`,
    lastSuccess: iso,
    lastAttempt: iso,
    failures: 0,
    nextAttempt: iso,
    update: {
      source: 'openrouter',
      fetchedAt: iso,
      patches: [{ id: 'openai/gpt-4.1-mini', aliases: ['gpt-4.1-mini'] }],
    },
  },
});

const change = (id: string, from: number, to: number) => ({ id, from, to });

beforeEach(() => {
  // A fresh browser profile for each test: nothing left from the one before.
  globalThis.indexedDB = new IDBFactory();
});

describe('refresh store', () => {
  it('stores the dataset, the source states and the price changes, and reads them back', async () => {
    const store = await openModelStore();
    expect(await readRefreshState(store)).toEqual({});
    expect(await readPriceHistory(store)).toEqual([]);

    await commitRefresh(store, { dataset: older, state: stateAt('2025-01-01T00:00:00.000Z'), priceChanges: [] });
    await commitRefresh(store, {
      dataset: newer,
      state: stateAt('2025-02-01T00:00:00.000Z'),
      priceChanges: [change('a/b', 1, 2), change('c/d', 3, 4)],
    });

    expect(await readDataset(store)).toEqual(newer);
    expect(await readRefreshState(store)).toEqual(stateAt('2025-02-01T00:00:00.000Z'));
    expect(await readPriceHistory(store)).toEqual([change('a/b', 1, 2), change('c/d', 3, 4)]);

    await commitRefresh(store, { dataset: newer, state: {}, priceChanges: [change('a/b', 2, 1)] });
    expect((await readPriceHistory(store)).at(-1)).toEqual(change('a/b', 2, 1));
    expect(await readPriceHistory(store)).toHaveLength(3);
    store.close();
  });

  it.each([
    ['a price change that cannot be stored', { priceChanges: [change('a/b', 1, 2), () => 'not storable'] }],
    [
      'a model without an id',
      { dataset: { ...newer, models: [...newer.models, { name: 'no id' } as unknown as Model] } },
    ],
    [
      'a source state that cannot be stored',
      { state: { custom: { ...stateAt('x').openrouter, id: 'custom', url: Symbol('no') } } as unknown as RefreshState },
    ],
  ])('writes nothing when %s fails the commit midway', async (_what, broken) => {
    const store = await openModelStore();
    const before = { dataset: older, state: stateAt('2025-01-01T00:00:00.000Z'), priceChanges: [change('e/f', 5, 6)] };
    await commitRefresh(store, before);

    const failing = commitRefresh(store, {
      dataset: newer,
      state: stateAt('2025-02-01T00:00:00.000Z'),
      priceChanges: [change('a/b', 1, 2)],
      ...broken,
    });
    await expect(failing).rejects.toThrow();

    expect(await readDataset(store)).toEqual(older);
    expect(await readRefreshState(store)).toEqual(before.state);
    expect(await readPriceHistory(store)).toEqual(before.priceChanges);
    store.close();
  });

  it('lets a reader see the old dataset or the new one, never a mix', async () => {
    const store = await openModelStore();
    await commitRefresh(store, { dataset: older, state: {}, priceChanges: [] });
    const reading = readDataset(store);
    const committing = commitRefresh(store, { dataset: newer, state: {}, priceChanges: [] });
    const seen = await reading;
    await committing;
    expect([older, newer]).toContainEqual(seen);
    expect(await readDataset(store)).toEqual(newer);
    store.close();
  });

  it('saves source states alone, leaving the dataset as it is', async () => {
    const store = await openModelStore();
    await commitRefresh(store, { dataset: older, state: stateAt('2025-01-01T00:00:00.000Z'), priceChanges: [] });
    await saveRefreshState(store, stateAt('2025-01-02T00:00:00.000Z'));
    expect(await readRefreshState(store)).toEqual(stateAt('2025-01-02T00:00:00.000Z'));
    expect(await readDataset(store)).toEqual(older);
    store.close();
  });

  it('upgrades a version 1 database and keeps its models', async () => {
    // The database as the first release created it.
    const v1 = await openDB('modelpeek', 1, {
      upgrade(db) {
        db.createObjectStore('models', { keyPath: 'id' });
        db.createObjectStore('registry');
      },
    });
    const { models, ...header } = older;
    for (const model of models) await v1.put('models', model);
    await v1.put('registry', header, 'header');
    v1.close();

    const store = await openModelStore();
    expect(store.version).toBe(2);
    expect([...store.objectStoreNames].sort()).toEqual(['models', 'priceHistory', 'registry', 'sources']);
    expect(await readDataset(store)).toEqual(older);
    expect(await readRefreshState(store)).toEqual({});

    await commitRefresh(store, { dataset: newer, state: stateAt('2025-02-01T00:00:00.000Z'), priceChanges: [1] });
    expect(await readDataset(store)).toEqual(newer);
    expect(await readPriceHistory(store)).toEqual([1]);
    store.close();
  });

  it('keeps the functions the store had before working', async () => {
    const store = await openModelStore();
    await replaceDataset(store, older);
    await commitRefresh(store, { dataset: newer, state: {}, priceChanges: [] });
    await replaceDataset(store, older);
    expect(await readDataset(store)).toEqual(older);
    store.close();
  });
});
