import type { Dataset } from './schema';
import { type ModelStore, readDataset, replaceDataset, storedVersion } from './store';

/**
 * The dataset to answer from: the stored one, after the bundled snapshot has been written in
 * when the store is empty or holds an older snapshot (a fresh install or an extension update).
 */
export async function loadDataset(store: ModelStore, bundled: Dataset): Promise<Dataset> {
  const version = await storedVersion(store);
  if (version === undefined || version < bundled.version) {
    await replaceDataset(store, bundled);
    return bundled;
  }
  return (await readDataset(store)) ?? bundled;
}
