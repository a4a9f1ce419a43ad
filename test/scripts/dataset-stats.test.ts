import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../lib/data/schema';
import { datasetStats, isServed } from '../../scripts/support/dataset-stats';
import { testCitation as cite, testModel as model } from '../support/models';

const percent = (id: string, category: Benchmark['category']): Benchmark => ({
  id,
  name: id,
  shortName: id,
  category,
  unit: 'percent',
  higherIsBetter: true,
  url: 'https://example.com/',
});
const benchmarks = [
  percent('know', 'knowledge'),
  percent('know2', 'knowledge'),
  percent('math', 'math'),
  percent('code', 'coding'),
  percent('agent', 'agentic'),
];
const score = (value: number) => ({ value, ...cite });
const price = { input: 1, output: 2, ...cite };
const speed = { outputTokensPerSecond: 100, timeToFirstTokenSeconds: 1, ...cite };

describe('dataset:stats counts', () => {
  it('serves closed models and priced open ones, never a retired one', () => {
    expect(isServed(model('a/closed'))).toBe(true);
    expect(isServed(model('a/open', { openWeights: true }))).toBe(false);
    expect(isServed(model('a/hosted', { openWeights: true, price }))).toBe(true);
    expect(isServed(model('a/gone', { price, status: { stage: 'retired', date: '2025-01-01', ...cite } }))).toBe(false);
  });

  it('counts four categories, not four benchmarks, among served models only', () => {
    const four = { know: score(1), math: score(1), code: score(1), agent: score(1) };
    const stats = datasetStats({
      benchmarks,
      series: [{ id: 'a-1', name: 'A 1', provider: 'a', aliases: [], members: ['a/four', 'a/twice'] }],
      models: [
        model('a/four', { price, speed, scores: four }),
        model('a/twice', { scores: { know: score(1), know2: score(1), math: score(1), code: score(1) } }),
        model('a/retired', { price, scores: four, status: { stage: 'retired', date: '2025-01-01', ...cite } }),
        model('a/embed', { kind: 'embedding', openWeights: true }),
      ],
    });
    expect(stats).toMatchObject({
      models: 4,
      providers: 1,
      withPrice: 2,
      series: 1,
      served: 2,
      servedWithPrice: 1,
      servedWithSpeed: 1,
      withFourCategories: 1,
      embeddings: 1,
      retired: 1,
    });
  });
});
