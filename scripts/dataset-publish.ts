/**
 * `npm run dataset:publish`: writes the curated dataset as one validated file in the dataset
 * format (.output/published/dataset.json): the file the "published dataset" live source reads,
 * for maintainers to publish between extension updates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readCuratedDataset } from './support/dataset';

const out = resolve(import.meta.dirname, '../.output/published/dataset.json');
const dataset = readCuratedDataset();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(dataset)}\n`);
console.log(`${dataset.models.length} models, version ${dataset.version}: ${out}`);
