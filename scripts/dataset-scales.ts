/**
 * `npm run dataset:scales` (maintainers, after scores change): fits each benchmark's place on the
 * common scale of the overall score (lib/compare/score-scale.ts) to the curated dataset's scores,
 * and writes it into data/dataset.json's benchmark registry, citing this fit as its source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitScales } from '../lib/compare/score-scale';
import type { Benchmark, Source } from '../lib/data/schema';
import { readCuratedDataset } from './support/dataset';

const SCALE_SOURCE: Source = {
  id: 'modelpeek-scales',
  name: 'ModelPeek score scales, fitted to the dataset’s scores',
  url: 'https://github.com/modelpeek/modelpeek/blob/main/scripts/dataset-scales.ts',
  kind: 'aggregator',
  licence: 'MIT; derived from the scores cited in the dataset',
};

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'data/dataset.json');
const dataset = readCuratedDataset();
const fitted = fitScales(dataset.models, dataset.benchmarks);
const asOf = new Date().toISOString().slice(0, 10);
const round = (value: number) => Math.round(value * 1000) / 1000;

const header = JSON.parse(readFileSync(file, 'utf8')) as { sources: Source[]; benchmarks: Benchmark[] };
header.benchmarks = header.benchmarks.map(({ scale: _old, ...benchmark }) => {
  const scale = fitted.get(benchmark.id);
  if (!scale) return benchmark;
  const { slope, difficulty, models } = scale;
  return {
    ...benchmark,
    scale: { slope: round(slope), difficulty: round(difficulty), models, source: SCALE_SOURCE.id, asOf },
  };
});
if (!header.sources.some((s) => s.id === SCALE_SOURCE.id)) header.sources.push(SCALE_SOURCE);
writeFileSync(file, `${JSON.stringify(header, null, 2)}\n`);
execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
for (const [id, { slope, difficulty, models }] of fitted) {
  console.log(`${id}: slope ${slope.toFixed(2)}, difficulty ${difficulty.toFixed(2)} (${models} models)`);
}
