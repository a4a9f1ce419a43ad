import header from '../../data/dataset.json';
import type { Model, Series } from './schema';
import { assembleDataset } from './snapshot';

// Every provider file in data/models and data/series is part of the bundled snapshot.
const modelFiles = import.meta.glob<Model[]>('../../data/models/*.json', { eager: true, import: 'default' });
const seriesFiles = import.meta.glob<Series[]>('../../data/series/*.json', { eager: true, import: 'default' });

/** The snapshot shipped inside the extension: works offline from the first second. */
export function loadBundledDataset() {
  return assembleDataset({
    header: header as Parameters<typeof assembleDataset>[0]['header'],
    modelLists: Object.values(modelFiles),
    seriesLists: Object.values(seriesFiles),
  });
}
