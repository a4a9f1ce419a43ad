import { describe, expect, it } from 'vitest';
import {
  compareModels,
  largestDeltas,
  latencyDelta,
  priceDelta,
  scoreDelta,
  speedDelta,
} from '../../lib/compare/deltas';
import { keyBenchmarks } from '../../lib/compare/highlights';
import type { Benchmark } from '../../lib/data/schema';
import { testCitation as cite, testModel } from '../support/models';

const gpqa: Benchmark = {
  id: 'gpqa-diamond',
  name: 'GPQA Diamond',
  shortName: 'GPQA',
  category: 'knowledge',
  unit: 'percent',
  higherIsBetter: true,
  url: 'https://example.com',
};
const arena: Benchmark = { ...gpqa, id: 'arena-elo', shortName: 'Arena', unit: 'elo', category: 'composite' };

const model = testModel;

const mini = model('openai/gpt-4.1-mini', {
  price: { input: 0.4, output: 1.6, ...cite },
  speed: { outputTokensPerSecond: 87.1, timeToFirstTokenSeconds: 0.63, ...cite },
  scores: { 'gpqa-diamond': { value: 65.0, ...cite }, 'arena-elo': { value: 1380.9, ...cite } },
});
const nano = model('openai/gpt-4.1-nano', {
  price: { input: 0.1, output: 0.4, ...cite },
  speed: { outputTokensPerSecond: 184.5, timeToFirstTokenSeconds: 0.52, ...cite },
  scores: { 'gpqa-diamond': { value: 50.3, ...cite }, 'arena-elo': { value: 1320.8, ...cite } },
});
const bare = model('x/bare', {});

describe('deltas', () => {
  it('states price as a ratio, coloured by what is cheaper for the reader', () => {
    expect(priceDelta(mini, nano, 'output')).toEqual({
      label: 'output price',
      text: '4.0× the output price',
      verdict: 'worse',
      size: 2,
    });
    expect(priceDelta(nano, mini, 'output')).toEqual({
      label: 'output price',
      text: '4.0× cheaper on output',
      verdict: 'better',
      size: 2,
    });
    expect(priceDelta(mini, mini, 'input')?.verdict).toBe('same');
  });

  it('states scores as points, better when higher is better', () => {
    expect(scoreDelta(mini, nano, gpqa)).toMatchObject({ label: 'GPQA', text: '+14.7 GPQA', verdict: 'better' });
    expect(scoreDelta(nano, mini, gpqa)).toMatchObject({ label: 'GPQA', text: '−14.7 GPQA', verdict: 'worse' });
    expect(scoreDelta(mini, nano, arena)?.text).toBe('+60 Arena');
    expect(scoreDelta(mini, nano, { ...gpqa, higherIsBetter: false })?.verdict).toBe('worse');
  });

  it('states speed and latency as ratios, faster and quicker being better', () => {
    expect(speedDelta(mini, nano)).toMatchObject({ label: 'output speed', text: '2.1× slower', verdict: 'worse' });
    expect(speedDelta(nano, mini)?.text).toBe('2.1× faster');
    expect(latencyDelta(nano, mini)).toMatchObject({
      label: 'time to first token',
      text: '1.2× quicker first token',
      verdict: 'better',
    });
  });

  it('leaves out what either model lacks', () => {
    expect(priceDelta(mini, bare, 'output')).toBeUndefined();
    expect(scoreDelta(bare, mini, gpqa)).toBeUndefined();
    expect(compareModels(mini, bare, [gpqa])).toEqual([]);
    expect(compareModels(mini, nano, [gpqa]).map((d) => d.text)).toEqual([
      '4.0× the input price',
      '4.0× the output price',
      '2.1× slower',
      '1.2× slower first token',
      '+14.7 GPQA',
    ]);
  });

  it('puts benchmarks both models have first', () => {
    const withOnlyArena = model('x/arena', { scores: { 'arena-elo': { value: 1300, ...cite } } });
    expect(keyBenchmarks([gpqa, arena], mini, withOnlyArena).map((b) => b.id)).toEqual(['arena-elo', 'gpqa-diamond']);
    expect(keyBenchmarks([gpqa, arena], mini, undefined).map((b) => b.id)).toEqual(['gpqa-diamond', 'arena-elo']);
  });
});

describe('the largest differences', () => {
  it('weighs a ratio by its doublings and ten points as one', () => {
    expect(scoreDelta(mini, nano, gpqa)?.size).toBeCloseTo(1.47, 2);
    expect(scoreDelta(mini, nano, arena)?.size).toBeCloseTo(0.6, 2);
    expect(speedDelta(mini, nano)?.size).toBeCloseTo(Math.log2(184.5 / 87.1), 6);
    expect(priceDelta(mini, { ...nano, price: { input: 0, output: 0, ...cite } }, 'input')?.size).toBe(4);
    expect(priceDelta(mini, mini, 'input')?.size).toBe(0);
  });

  it('shows the largest first, the output price alone when both sides differ alike, and never a tie', () => {
    const deltas = compareModels(mini, nano, [gpqa, arena]);
    expect(largestDeltas(deltas).map((d) => d.text)).toEqual(['4.0× the output price', '+14.7 GPQA', '2.1× slower']);
    const dearInput = { ...mini, price: { input: 0.8, output: 1.6, ...cite } };
    expect(largestDeltas(compareModels(dearInput, nano, [gpqa]), 2).map((d) => d.text)).toEqual([
      '8.0× the input price',
      '4.0× the output price',
    ]);
    expect(largestDeltas(compareModels(mini, mini, [gpqa]))).toEqual([]);
  });
});

describe('card summary', () => {
  it('reads the figures, then the largest differences with the target', async () => {
    const { cardSummary } = await import('../../lib/compare/summary');
    const withLimits = { ...mini, limits: { context: 1047576, ...cite } };
    expect(cardSummary(withLimits, nano, [gpqa])).toBe(
      'openai/gpt-4.1-mini: $0.40 input and $1.60 output per million tokens, 1.05M tokens of context. ' +
        'Compared with openai/gpt-4.1-nano: 4.0× the output price, +14.7 overall, +14.7 GPQA.',
    );
    expect(cardSummary(bare, undefined, [gpqa])).toBe('x/bare: no price or context data.');
    expect(cardSummary(bare, mini, [gpqa])).toBe(
      'x/bare: no price or context data. No figures in common with openai/gpt-4.1-mini.',
    );
    expect(cardSummary(mini, mini, [gpqa])).toMatch(/Level with openai\/gpt-4.1-mini on the figures both have\.$/);
  });
});
