import { describe, expect, it } from 'vitest';
import { compareFaq } from '../../lib/compare/faq';
import type { Benchmark } from '../../lib/data/schema';
import { testCitation as cite, testBenchmark, testModel } from '../support/models';

const benchmarks: Benchmark[] = [
  testBenchmark('gpqa-diamond', 'GPQA Diamond', 'GPQA', 'knowledge'),
  testBenchmark('aime-2025', 'AIME 2025', 'AIME', 'math'),
  testBenchmark('ifeval', 'IFEval', 'IFEval', 'instruction-following'),
];
const model = (id: string, price: number, speed: number, scores: Record<string, number>) =>
  testModel(id, {
    name: id.split('/')[1],
    price: { input: price, output: price * 4, ...cite },
    speed: { outputTokensPerSecond: speed, timeToFirstTokenSeconds: 0.5, ...cite },
    scores: Object.fromEntries(Object.entries(scores).map(([b, value]) => [b, { value, ...cite }])),
  });

const big = model('x/Big', 0.4, 87, { 'gpqa-diamond': 65, 'aime-2025': 40, ifeval: 84.1 });
const small = model('x/Small', 0.1, 184, { 'gpqa-diamond': 50.3, ifeval: 83.5 });

describe('the comparison page’s questions', () => {
  it('answers which is better, for each category both have, cheaper and faster, from the figures', () => {
    expect(compareFaq(big, small, benchmarks)).toEqual([
      {
        question: 'Which is better, Big or Small?',
        answer:
          'Big scores higher on the 2 categories both have data for, 75.8 to 69.4. Small costs 4.0× less at your token mix. Pick Big when quality matters most, Small when cost does.',
      },
      {
        question: 'Which is better for knowledge, Big or Small?',
        answer: 'Big, 65.0 to 50.3 on knowledge (GPQA).',
      },
      {
        question: 'Which is better for instruction following, Big or Small?',
        answer: 'Too close to call: 84.1 and 83.5 on instruction following (IFEval).',
      },
      {
        question: 'Which is cheaper, Big or Small?',
        answer: 'Small: $0.175 against $0.70 per 1M tokens at your token mix, 4.0× less.',
      },
      { question: 'Which is faster, Big or Small?', answer: 'Small: 184 tok/s against 87 tok/s, 2.1× faster.' },
    ]);
  });

  it('asks nothing it has no figures for', () => {
    expect(compareFaq(testModel('x/a'), testModel('x/b'), benchmarks)).toEqual([]);
  });
});
