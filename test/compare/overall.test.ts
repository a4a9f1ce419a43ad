import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryScores, overallScore, SCORED_CATEGORIES } from '../../lib/compare/overall';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { Benchmark, Model } from '../../lib/data/schema';

const cite = { source: 'test', asOf: '2026-01-01' };
const bench = (id: string, category: Benchmark['category'], unit: Benchmark['unit'] = 'percent'): Benchmark => ({
  id,
  name: id,
  shortName: id,
  category,
  unit,
  higherIsBetter: true,
  url: 'https://example.com',
});
const benchmarks = [
  bench('a', 'knowledge'),
  bench('b', 'knowledge'),
  bench('c', 'coding'),
  bench('d', 'math'),
  bench('e', 'instruction-following'),
  bench('elo', 'composite', 'elo'),
];
const model = (scores: Record<string, number>): Model => ({
  id: 'x/y',
  name: 'Y',
  provider: 'x',
  openWeights: false,
  modalities: { input: ['text'], output: ['text'] },
  aliases: [],
  scores: Object.fromEntries(Object.entries(scores).map(([id, value]) => [id, { value, ...cite }])),
});

describe('overall score', () => {
  it('averages benchmarks within a category, then categories with equal weight', () => {
    const m = model({ a: 60, b: 80, c: 40, elo: 1300 });
    expect(categoryScores(m, benchmarks)).toEqual([
      { category: 'knowledge', value: 70, benchmarks: ['a', 'b'] },
      { category: 'coding', value: 40, benchmarks: ['c'] },
    ]);
    expect(overallScore(m, benchmarks)).toMatchObject({ value: 55, provisional: true });
  });

  it('is not provisional with four categories, and absent with none', () => {
    expect(overallScore(model({ a: 50, c: 50, d: 50, e: 50 }), benchmarks)?.provisional).toBe(false);
    expect(overallScore(model({ elo: 1300 }), benchmarks)).toBeUndefined();
  });

  it('uses the categories of the benchmark registry, and the README documents each', () => {
    const { benchmarks: registry } = loadBundledDataset();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const b of registry) {
      expect(b.category === 'composite' || SCORED_CATEGORIES.includes(b.category)).toBe(true);
      const row = new RegExp(`\\|\\s*${b.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\|\\s*${b.category}\\s*\\|`);
      expect(readme).toMatch(row);
    }
  });
});
