import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model } from '../../lib/data/schema';
import { assembleDataset, type DatasetParts } from '../../lib/data/snapshot';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** The curated dataset read from data/ on disk (the extension bundles the same files). */
export function readCuratedDataset(dir = DATA_DIR) {
  const header = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as DatasetParts['header'];
  const modelDir = join(dir, 'models');
  const modelLists = readdirSync(modelDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(modelDir, name), 'utf8')) as Model[]);
  return assembleDataset({ header, modelLists });
}
