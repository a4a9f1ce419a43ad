import { describe, expect, it } from 'vitest';
import { compareModels, latencyDelta, priceDelta, scoreDelta, speedDelta } from '../../lib/compare/deltas';
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
    });
    expect(priceDelta(nano, mini, 'output')).toEqual({
      label: 'output price',
      text: '4.0× cheaper on output',
      verdict: 'better',
    });
    expect(priceDelta(mini, mini, 'input')?.verdict).toBe('same');
  });

  it('states scores as points, better when higher is better', () => {
    expect(scoreDelta(mini, nano, gpqa)).toEqual({ label: 'GPQA', text: '+14.7 GPQA', verdict: 'better' });
    expect(scoreDelta(nano, mini, gpqa)).toEqual({ label: 'GPQA', text: '−14.7 GPQA', verdict: 'worse' });
    expect(scoreDelta(mini, nano, arena)?.text).toBe('+60 Arena');
    expect(scoreDelta(mini, nano, { ...gpqa, higherIsBetter: false })?.verdict).toBe('worse');
  });

  it('states speed and latency as ratios, faster and quicker being better', () => {
    expect(speedDelta(mini, nano)).toEqual({ label: 'output speed', text: '2.1× slower', verdict: 'worse' });
    expect(speedDelta(nano, mini)?.text).toBe('2.1× faster');
    expect(latencyDelta(nano, mini)).toEqual({
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

describe('card summary', () => {
  it('reads the figures, then the first differences with the target', async () => {
    const { cardSummary } = await import('../../lib/compare/summary');
    const withLimits = { ...mini, limits: { context: 1047576, ...cite } };
    expect(cardSummary(withLimits, nano, [gpqa])).toBe(
      'openai/gpt-4.1-mini: $0.40 input and $1.60 output per million tokens, 1.05M tokens of context. ' +
        'Compared with openai/gpt-4.1-nano: 4.0× the input price, 4.0× the output price, 2.1× slower.',
    );
    expect(cardSummary(bare, undefined, [gpqa])).toBe('x/bare: no price or context data.');
    expect(cardSummary(bare, mini, [gpqa])).toBe(
      'x/bare: no price or context data. No figures in common with openai/gpt-4.1-mini.',
    );
  });
});
