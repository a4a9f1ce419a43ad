import { describe, expect, it } from 'vitest';
import { pairwiseAgreement } from '../../lib/compare/agreement';
import { overallScore } from '../../lib/compare/overall';
import { abilityPercent, fitScales } from '../../lib/compare/score-scale';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { Benchmark, Model } from '../../lib/data/schema';
import { testCitation, testModel } from '../support/models';

const bench = (id: string, category: Benchmark['category']): Benchmark => ({
  id,
  name: id,
  shortName: id,
  category,
  unit: 'percent',
  higherIsBetter: true,
  url: 'https://example.com',
});

describe('fitting the common scale', () => {
  it("recovers each benchmark's difficulty and slope, and the models' order, from scores alone", () => {
    const truth = { easy: [1, -2], hard: [1, 2], steep: [3, 0] } as const;
    // Nine models, spread 0.775 (a standard deviation); the fit measures in that spread.
    const abilities = [-1.2, -0.9, -0.6, -0.3, 0, 0.3, 0.6, 0.9, 1.2];
    // Each model is measured on two of the three, as datasets are: no benchmark sees every model.
    const models = abilities.map((ability, i) => {
      const measured = Object.entries(truth).filter((_, j) => j !== i % 3);
      const scores = measured.map(([id, [slope, difficulty]]) => [
        id,
        { value: abilityPercent(slope * (ability - difficulty)), ...testCitation },
      ]);
      return testModel(`x/m${i}`, { scores: Object.fromEntries(scores) });
    });
    const registry = [bench('easy', 'knowledge'), bench('hard', 'knowledge'), bench('steep', 'math')];
    const fitted = fitScales(models, registry);
    const easy = fitted.get('easy');
    const hard = fitted.get('hard');
    const steep = fitted.get('steep');
    // The fit's unit is the models' spread: ratios and differences are what it can recover.
    expect((hard?.difficulty ?? 0) - (easy?.difficulty ?? 0)).toBeCloseTo(4 / Math.sqrt(0.6), 2);
    expect((steep?.slope ?? 0) / (easy?.slope ?? 1)).toBeCloseTo(3, 2);
    expect(easy?.models).toBe(6);
    const scaled = registry.map((b) => ({
      ...b,
      scale: { ...(fitted.get(b.id) as object), source: 't', asOf: '2026-01-01' },
    }));
    const overall = models.map((m) => overallScore(m, scaled as Benchmark[])?.value ?? 0);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
  });

  it('fits no scale for a benchmark with fewer than five models', () => {
    const models = [1, 2, 3, 4].map((i) =>
      testModel(`x/${i}`, { scores: { rare: { value: 20 * i, ...testCitation } } }),
    );
    expect(fitScales(models, [bench('rare', 'coding')]).size).toBe(0);
  });
});

/**
 * Pairs whose order the Artificial Analysis Intelligence Index and Arena Elo agree on, each by a
 * clear margin (index points, Elo): the overall score must order them the same way.
 */
const AGREED_PAIRS: [stronger: string, weaker: string, indexGap: number, eloGap: number][] = [
  ['openai/gpt-5', 'openai/gpt-4o', 25.2, 101],
  ['openai/gpt-5', 'anthropic/claude-sonnet-4', 8.6, 48],
  ['anthropic/claude-sonnet-4', 'anthropic/claude-3.5-haiku', 13.8, 66],
  ['google/gemini-2.5-pro', 'deepseek/deepseek-r1', 7.3, 55],
  ['deepseek/deepseek-r1', 'meta-llama/llama-3.1-8b-instruct', 11.2, 184],
  ['openai/gpt-4.1', 'openai/gpt-4.1-nano', 10, 91],
  ['anthropic/claude-opus-4.5', 'openai/gpt-4.1', 16, 56],
  ['openai/o3', 'moonshotai/kimi-k2', 11.4, 17],
  ['x-ai/grok-4', 'meta-llama/llama-4-maverick', 19.6, 81],
  ['openai/gpt-oss-120b', 'anthropic/claude-3-opus', 12.3, 29],
  ['moonshotai/kimi-k2', 'mistralai/mistral-small-3.1-24b-instruct', 4.8, 114],
  ['anthropic/claude-3.5-haiku', 'google/gemma-3-4b-it', 11.2, 20],
];

describe('the overall score against the composite indices', () => {
  const { models, benchmarks } = loadBundledDataset();
  const byId = new Map(models.map((m) => [m.id, m]));
  // Once per model: the agreement below compares some 50,000 pairs.
  const overallById = new Map(models.map((m) => [m.id, overallScore(m, benchmarks)?.value]));
  const overall = (m: Model) => overallById.get(m.id);

  it.each(AGREED_PAIRS)('puts %s above %s, as both indices do', (stronger, weaker, indexGap, eloGap) => {
    const a = byId.get(stronger) as Model;
    const b = byId.get(weaker) as Model;
    const gap = (id: string) => (a.scores[id]?.value ?? 0) - (b.scores[id]?.value ?? 0);
    expect(gap('aa-intelligence-index')).toBeCloseTo(indexGap, 1);
    expect(gap('arena-elo')).toBeGreaterThan(eloGap - 1);
    expect(overall(a)).toBeGreaterThan(overall(b) ?? 100);
  });

  it('orders pairs as the AA Intelligence Index for at least 90%, and as Arena Elo for at least 80%', () => {
    // After changing scores, `npm run dataset:scales` refits the scale and `dataset:agreement` measures it.
    const aa = pairwiseAgreement(models, 'aa-intelligence-index', overall);
    const arena = pairwiseAgreement(models, 'arena-elo', overall);
    expect(aa.pairs).toBeGreaterThan(10_000);
    expect(aa.share).toBeGreaterThanOrEqual(0.9);
    expect(arena.share).toBeGreaterThanOrEqual(0.8);
  });
});
