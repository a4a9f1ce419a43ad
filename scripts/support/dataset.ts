import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model, Series } from '../../lib/data/schema';
import { assembleDataset, type DatasetParts } from '../../lib/data/snapshot';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** The dataset header (providers, sources, benchmarks) as data/dataset.json holds it. */
export function readDatasetHeader(dir = DATA_DIR): DatasetParts['header'] {
  return JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as DatasetParts['header'];
}

function readLists<T>(folder: string): Map<string, T[]> {
  if (!existsSync(folder)) return new Map();
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as T[]]),
  );
}

/** The model lists of data/models, by file name, in file-name order. */
export function readModelFiles(dir = DATA_DIR): Map<string, Model[]> {
  return readLists<Model>(join(dir, 'models'));
}

/** The series lists of data/series, by file name, in file-name order. */
export function readSeriesFiles(dir = DATA_DIR): Map<string, Series[]> {
  return readLists<Series>(join(dir, 'series'));
}

/** The curated dataset read from data/ on disk (the extension bundles the same files). */
export function readCuratedDataset(dir = DATA_DIR) {
  return assembleDataset({
    header: readDatasetHeader(dir),
    modelLists: [...readModelFiles(dir).values()],
    seriesLists: [...readSeriesFiles(dir).values()],
  });
}
