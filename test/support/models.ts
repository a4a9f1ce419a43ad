import type { Benchmark, Dataset, Model } from '../../lib/data/schema';

/** A citation for figures made up for a test. */
export const testCitation = { source: 'test', asOf: '2026-01-01' };

/** A text model with only the figures a test gives it. */
export function testModel(id: string, figures: Partial<Model> = {}): Model {
  return {
    id,
    name: id,
    provider: id.split('/')[0] ?? '',
    openWeights: false,
    modalities: { input: ['text'], output: ['text'] },
    aliases: [],
    scores: {},
    ...figures,
  };
}

/** A dataset of these models and nothing else: no providers, sources, benchmarks or series. */
export function testDataset(models: Model[]): Dataset {
  return { schemaVersion: 1, version: '2026-01-01', providers: [], sources: [], benchmarks: [], series: [], models };
}

/** A benchmark scored in percent, higher better, for a test. */
export function testBenchmark(id: string, name: string, shortName: string, category: Benchmark['category']): Benchmark {
  return { id, name, shortName, category, unit: 'percent', higherIsBetter: true, url: 'https://example.com' };
}
