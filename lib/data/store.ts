import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SourceState } from './refresh';
import type { Benchmark, Dataset, Model, Provider, Series, Source } from './schema';
import type { LiveSourceId } from './sources/types';

/** The dataset as the background keeps it: models by id, and the registries beside them. */
interface ModelPeekDB extends DBSchema {
  models: { key: string; value: Model };
  registry: {
    key: 'header';
    value: {
      schemaVersion: number;
      version: string;
      providers: Provider[];
      sources: Source[];
      benchmarks: Benchmark[];
      /** Absent in headers stored before series existed. */
      series?: Series[];
    };
  };
  /** Each live source's refresh state, with its last good answer. */
  sources: { key: LiveSourceId; value: SourceState };
  /** Price changes seen by refreshes, oldest first; their shape is the price history's own. */
  priceHistory: { key: number; value: unknown };
}

export type ModelStore = IDBPDatabase<ModelPeekDB>;

const DB_NAME = 'modelpeek';
const DB_VERSION = 2;

export function openModelStore(): Promise<ModelStore> {
  return openDB<ModelPeekDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step upgrades from the version before it; later versions add steps below.
      if (oldVersion < 1) {
        db.createObjectStore('models', { keyPath: 'id' });
        db.createObjectStore('registry');
      }
      if (oldVersion < 2) {
        db.createObjectStore('sources', { keyPath: 'id' });
        db.createObjectStore('priceHistory', { autoIncrement: true });
      }
    },
  });
}

/** The version of the dataset in the store, if any. */
export async function storedVersion(store: ModelStore): Promise<string | undefined> {
  return (await store.get('registry', 'header'))?.version;
}

/** Replaces the stored dataset with this one in a single transaction: readers see the old or the new, never a mix. */
export async function replaceDataset(store: ModelStore, dataset: Dataset): Promise<void> {
  const tx = store.transaction(['models', 'registry'], 'readwrite');
  const models = tx.objectStore('models');
  const { models: list, ...header } = dataset;
  await models.clear();
  await Promise.all(list.map((model) => models.put(model)));
  await tx.objectStore('registry').put(header, 'header');
  await tx.done;
}

/** Loads the whole stored dataset, or undefined when the store is empty. */
export async function readDataset(store: ModelStore): Promise<Dataset | undefined> {
  // One transaction, so a refresh committing between the two reads cannot pair one header with other models.
  const tx = store.transaction(['models', 'registry']);
  const [header, models] = await Promise.all([
    tx.objectStore('registry').get('header'),
    tx.objectStore('models').getAll(),
  ]);
  if (!header) return undefined;
  return { ...header, series: header.series ?? [], schemaVersion: 1, models };
}
