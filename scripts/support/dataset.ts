import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model } from '../../lib/data/schema';
import { assembleDataset, type DatasetParts } from '../../lib/data/snapshot';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** The dataset header (providers, sources, benchmarks) as data/dataset.json holds it. */
export function readDatasetHeader(dir = DATA_DIR): DatasetParts['header'] {
  return JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as DatasetParts['header'];
}

/** The model lists of data/models, by file name, in file-name order. */
export function readModelFiles(dir = DATA_DIR): Map<string, Model[]> {
  const modelDir = join(dir, 'models');
  return new Map(
    readdirSync(modelDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, JSON.parse(readFileSync(join(modelDir, name), 'utf8')) as Model[]]),
  );
}

/** The curated dataset read from data/ on disk (the extension bundles the same files). */
export function readCuratedDataset(dir = DATA_DIR) {
  return assembleDataset({ header: readDatasetHeader(dir), modelLists: [...readModelFiles(dir).values()] });
}
