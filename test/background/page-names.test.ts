import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageNamesPublisher, pageNamesOf } from '../../lib/background/page-names';
import { loadBundledDataset } from '../../lib/data/bundled';
import { createCatalog } from '../../lib/data/catalog';
import { PAGE_NAMES_KEY, unpackPageNames } from '../../lib/detect/packed-names';
import { readPageNames } from '../../lib/page/page-names';
import { testModel } from '../support/models';

const bundled = loadBundledDataset();
const storage = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('page names in storage', () => {
  it('are what the catalog names, one frozen answer per catalog', () => {
    const catalog = createCatalog(bundled);
    const names = pageNamesOf(catalog);
    expect(pageNamesOf(catalog)).toBe(names);
    expect(Object.isFrozen(names)).toBe(true);
    expect(names.entries).toBe(catalog.aliases);
    expect(names.names['openai/gpt-4.1-mini']).toBe('GPT-4.1 mini');
    expect(Object.keys(names.names)).toHaveLength(bundled.models.length);
  });

  it('are written for each new catalog, and not again when storage already holds them', async () => {
    const set = vi.spyOn(storage, 'set');
    await createPageNamesPublisher(storage)(createCatalog(bundled));
    expect(unpackPageNames((await storage.get(PAGE_NAMES_KEY))[PAGE_NAMES_KEY])).toEqual(
      pageNamesOf(createCatalog(bundled)),
    );
    // A background woken again builds the same catalog anew: storage is left as it is.
    await createPageNamesPublisher(storage)(createCatalog(bundled));
    expect(set).toHaveBeenCalledTimes(1);

    const refreshed = { ...bundled, models: [...bundled.models, testModel('acme/fresh-one', { name: 'Fresh One' })] };
    await createPageNamesPublisher(storage)(createCatalog(refreshed));
    expect(set).toHaveBeenCalledTimes(2);
    const read = await readPageNames(storage, () => Promise.reject(new Error('not asked')));
    expect(read.names['acme/fresh-one']).toBe('Fresh One');
  });

  it('end with the newest catalog when a newer one comes while the last is written', async () => {
    const publish = createPageNamesPublisher(storage);
    const refreshed = { ...bundled, models: [...bundled.models, testModel('acme/fresh-one', { name: 'Fresh One' })] };
    const set = vi.spyOn(storage, 'set');
    await Promise.all([publish(createCatalog(bundled)), publish(createCatalog(refreshed))]);
    const read = await readPageNames(storage, () => Promise.reject(new Error('not asked')));
    expect(read.names['acme/fresh-one']).toBe('Fresh One');
    // The replaced catalog was never written.
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('are read from storage without asking the background, and asked for when storage has none', async () => {
    const ask = vi.fn(async () => pageNamesOf(createCatalog(bundled)));
    await expect(readPageNames(storage, ask)).resolves.toMatchObject({ version: bundled.version });
    expect(ask).toHaveBeenCalledTimes(1);

    await createPageNamesPublisher(storage)(createCatalog(bundled));
    const read = await readPageNames(storage, ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(read).toEqual(pageNamesOf(createCatalog(bundled)));

    // Another version's form, or a damaged value, is asked for again.
    await storage.set({ [PAGE_NAMES_KEY]: JSON.stringify({ format: 0, entries: [] }) });
    await readPageNames(storage, ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
