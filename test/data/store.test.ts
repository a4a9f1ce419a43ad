import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { openModelStore, readDataset, replaceDataset, storedVersion } from '../../lib/data/store';

describe('model store', () => {
  it('starts empty, then holds exactly the dataset it was given', async () => {
    const store = await openModelStore();
    expect(await readDataset(store)).toBeUndefined();
    const dataset = loadBundledDataset();
    await replaceDataset(store, dataset);
    expect(await storedVersion(store)).toBe(dataset.version);
    const stored = await readDataset(store);
    expect(stored?.models.length).toBe(dataset.models.length);
    expect(stored?.models.find((m) => m.id === 'openai/gpt-4.1-mini')).toEqual(
      dataset.models.find((m) => m.id === 'openai/gpt-4.1-mini'),
    );

    const smaller = { ...dataset, version: '2030-01-01', models: dataset.models.slice(0, 1) };
    await replaceDataset(store, smaller);
    const replaced = await readDataset(store);
    expect(replaced?.version).toBe('2030-01-01');
    expect(replaced?.models.map((m) => m.id)).toEqual([dataset.models[0]?.id]);
    store.close();
  });
});
