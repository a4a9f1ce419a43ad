import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryScores, headToHead, overallScore, SCORED_CATEGORIES } from '../../lib/compare/overall';
import { abilityPercent, scoreLogit } from '../../lib/compare/score-scale';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { Benchmark, BenchmarkScale } from '../../lib/data/schema';
import { testCitation, testModel } from '../support/models';

const scale = (slope: number, difficulty: number): BenchmarkScale => ({
  slope,
  difficulty,
  models: 10,
  source: 'test',
  asOf: '2026-01-01',
});
const bench = (id: string, category: Benchmark['category'], fitted?: BenchmarkScale): Benchmark => ({
  id,
  name: id,
  shortName: id,
  category,
  unit: category === 'composite' ? 'elo' : 'percent',
  higherIsBetter: true,
  url: 'https://example.com',
  ...(fitted ? { scale: fitted } : {}),
});
/** An easy and a hard knowledge test, a coding, a math and a barely separating instruction test. */
const benchmarks = [
  bench('easy', 'knowledge', scale(1, -2)),
  bench('hard', 'knowledge', scale(1, 2)),
  bench('code', 'coding', scale(2, 0)),
  bench('math', 'math', scale(1, 0)),
  bench('instr', 'instruction-following', scale(0.5, -3)),
  bench('unfitted', 'coding'),
  bench('elo', 'composite'),
];
/** The score a model of this ability gets on a benchmark of this scale. */
const expected = (ability: number, { slope, difficulty }: BenchmarkScale) =>
  abilityPercent(slope * (ability - difficulty));
const scoresAt = (ability: number, ids: string[]) =>
  Object.fromEntries(
    ids.map((id) => {
      const fitted = benchmarks.find((b) => b.id === id)?.scale;
      return [id, { value: fitted ? expected(ability, fitted) : 50, ...testCitation }];
    }),
  );

describe('overall score on the common scale', () => {
  it('reads an easy and a hard benchmark as the same ability when the scores show it', () => {
    // Ability 1: 95.3% on the easy test, 26.9% on the hard one; both read back as ability 1.
    const onEasy = testModel('x/easy', { scores: scoresAt(1, ['easy']) });
    const onHard = testModel('x/hard', { scores: scoresAt(1, ['hard']) });
    expect(onEasy.scores.easy?.value).toBeCloseTo(95.3, 1);
    expect(onHard.scores.hard?.value).toBeCloseTo(26.9, 1);
    expect(overallScore(onEasy, benchmarks)?.value).toBeCloseTo(abilityPercent(1), 6);
    expect(overallScore(onHard, benchmarks)?.value).toBeCloseTo(abilityPercent(1), 6);
  });

  it('ranks by ability, not by which benchmarks a model happens to have', () => {
    // The plain mean would put the weaker model first: its one score is on an easy test.
    const weaker = testModel('x/weaker', { scores: scoresAt(0, ['easy']) });
    const stronger = testModel('x/stronger', { scores: scoresAt(1.5, ['hard', 'code', 'math']) });
    expect(weaker.scores.easy?.value).toBeGreaterThan(
      Object.values(stronger.scores).reduce((s, x) => s + x.value, 0) / 3,
    );
    expect(overallScore(stronger, benchmarks)?.value).toBeGreaterThan(overallScore(weaker, benchmarks)?.value ?? 100);
  });

  it('gives each category one share, less when its benchmarks barely separate models', () => {
    const m = testModel('x/m', {
      scores: { ...scoresAt(1, ['easy', 'hard', 'code']), ...scoresAt(-1, ['instr']) },
    });
    const categories = categoryScores(m, benchmarks);
    expect(categories.map((c) => [c.category, c.benchmarks])).toEqual([
      ['knowledge', ['easy', 'hard']],
      ['coding', ['code']],
      ['instruction-following', ['instr']],
    ]);
    expect(categories[2]?.value).toBeCloseTo(abilityPercent(-1), 6);
    // Knowledge and coding weigh 1 each; the lone slope-0.5 test weighs 0.25.
    const ability = (1 + 1 + 0.25 * -1) / 2.25;
    expect(overallScore(m, benchmarks)?.value).toBeCloseTo(abilityPercent(ability), 6);
  });

  it('leaves out composite ratings, reads a benchmark not yet fitted at face value, and is provisional below four categories', () => {
    const m = testModel('x/m', {
      scores: { ...scoresAt(0, ['easy', 'code', 'math']), elo: { value: 1400, ...testCitation } },
    });
    expect(overallScore(m, benchmarks)?.value).toBeCloseTo(50, 6);
    const unfittedOnly = testModel('x/u', { scores: { unfitted: { value: 73, ...testCitation } } });
    expect(overallScore(unfittedOnly, benchmarks)?.value).toBeCloseTo(73, 6);
    expect(overallScore(m, benchmarks)?.provisional).toBe(true);
    const four = testModel('x/four', { scores: scoresAt(0, ['easy', 'code', 'math', 'instr']) });
    expect(overallScore(four, benchmarks)?.provisional).toBe(false);
    expect(overallScore(testModel('x/none', { scores: { elo: { value: 1300, ...testCitation } } }), benchmarks)).toBe(
      undefined,
    );
  });

  it('compares head to head on the benchmarks both models have', () => {
    const a = testModel('x/a', { scores: { ...scoresAt(1, ['hard', 'code']), ...scoresAt(3, ['math']) } });
    const b = testModel('x/b', { scores: scoresAt(0.5, ['hard', 'code', 'easy']) });
    const pair = headToHead(a, b, benchmarks);
    expect(pair?.shared).toEqual(['hard', 'code']);
    expect(pair?.a.value).toBeCloseTo(abilityPercent(1), 6);
    expect(pair?.b.value).toBeCloseTo(abilityPercent(0.5), 6);
    expect(headToHead(a, testModel('x/c', { scores: scoresAt(0, ['easy']) }), benchmarks)).toBeUndefined();
  });

  it('clamps scores of 0 and 100% to a finite reading', () => {
    expect(Number.isFinite(scoreLogit(0))).toBe(true);
    expect(scoreLogit(100)).toBeCloseTo(-scoreLogit(0), 9);
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
