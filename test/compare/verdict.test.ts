import { describe, expect, it } from 'vitest';
import { biggestSwing } from '../../lib/compare/swing';
import { betterFor, cardVerdict, verdict } from '../../lib/compare/verdict';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { Benchmark } from '../../lib/data/schema';
import { testCitation as cite, testModel } from '../support/models';

const dataset = loadBundledDataset();
const { benchmarks } = dataset;
const byId = (id: string) => {
  const found = dataset.models.find((m) => m.id === id);
  if (!found) throw new Error(`${id} is not in the bundled dataset`);
  return found;
};
const mini = byId('openai/gpt-4.1-mini');
const nano = byId('openai/gpt-4.1-nano');

const model = testModel;
const score = (value: number) => ({ value, ...cite });

describe('verdict', () => {
  it('names what each of GPT-4.1 mini and nano is for', () => {
    expect(verdict(mini, nano, benchmarks)).toBe(
      'GPT-4.1 mini if agentic work matters most; GPT-4.1 nano for the cheaper token bill and speed — about 4.0× cheaper on output, 2.1× faster output.',
    );
  });

  it('says when one model is ahead wherever they differ', () => {
    const strong = model('x/strong', {
      name: 'Strong',
      price: { input: 1, output: 2, ...cite },
      scores: { 'gpqa-diamond': score(70), ifeval: score(80) },
    });
    const weak = model('x/weak', {
      name: 'Weak',
      price: { input: 1, output: 2, ...cite },
      scores: { 'gpqa-diamond': score(60), ifeval: score(79.8) },
    });
    // Differences are in points of the common scale (lib/compare/score-scale.ts).
    expect(verdict(strong, weak, benchmarks)).toBe('Strong wherever they differ: ahead on knowledge (+11.1).');
  });

  it('gives each model its own reason when both lead somewhere', () => {
    const coder = model('x/coder', {
      name: 'Coder',
      price: { input: 1, output: 4, ...cite },
      scores: { 'gpqa-diamond': score(50), 'aider-polyglot': score(60) },
    });
    const scholar = model('x/scholar', {
      name: 'Scholar',
      price: { input: 2, output: 8, ...cite },
      speed: { outputTokensPerSecond: 200, timeToFirstTokenSeconds: 1, ...cite },
      scores: { 'gpqa-diamond': score(70), 'aider-polyglot': score(40) },
    });
    expect(verdict(coder, scholar, benchmarks)).toBe(
      'Coder if coding matters most, and for the cheaper token bill — about 2.0× cheaper on output; Scholar if knowledge matters most.',
    );
  });

  it('never invents: too close, or nothing in common', () => {
    const a = model('x/a', { scores: { 'gpqa-diamond': score(60) }, price: { input: 1, output: 1, ...cite } });
    const b = model('x/b', { scores: { 'gpqa-diamond': score(60.5) }, price: { input: 1.02, output: 1.02, ...cite } });
    expect(verdict(a, b, benchmarks)).toBe('Too close to call on the figures both have.');
    expect(verdict(model('x/c', {}), model('x/d', {}), benchmarks)).toBe('No figures in common to compare.');
  });

  it('falls back to the blended price when output prices do not agree with it', () => {
    const inputHeavy = model('x/in', { name: 'In', price: { input: 1, output: 4, ...cite } });
    const outputHeavy = model('x/out', { name: 'Out', price: { input: 3, output: 3, ...cite } });
    expect(verdict(inputHeavy, outputHeavy, benchmarks)).toBe(
      'In wherever they differ: about 1.7× cheaper at your token mix.',
    );
  });
});

describe('betterFor', () => {
  it('answers for knowledge, coding, instruction following, price and speed', () => {
    const answers = betterFor(mini, nano, benchmarks).map((a) => [a.label, a.outcome, a.winner?.name, a.margin]);
    expect(answers).toEqual([
      ['knowledge', 'winner', 'GPT-4.1 mini', 'by 11.4 points'],
      ['coding', 'winner', 'GPT-4.1 mini', 'by 11.8 points'],
      ['instruction following', 'winner', 'GPT-4.1 mini', 'by 13.5 points'],
      ['price', 'winner', 'GPT-4.1 nano', '4.0× cheaper at your token mix'],
      ['speed', 'winner', 'GPT-4.1 nano', '2.1× faster output'],
    ]);
    expect(betterFor(mini, nano, benchmarks)[3]?.figures).toBe('$0.70 vs $0.175');
  });

  it('says "too close to call" within 1 point or 5%, and "no data" without figures', () => {
    const a = model('x/a', {
      scores: { 'gpqa-diamond': score(60) },
      speed: { outputTokensPerSecond: 100, timeToFirstTokenSeconds: 1, ...cite },
    });
    const b = model('x/b', {
      scores: { 'gpqa-diamond': score(60.9) },
      speed: { outputTokensPerSecond: 104, timeToFirstTokenSeconds: 1, ...cite },
    });
    expect(betterFor(a, b, benchmarks).map((x) => x.outcome)).toEqual([
      'too-close',
      'no-data',
      'no-data',
      'no-data',
      'too-close',
    ]);
  });

  it('counts a free model as cheaper', () => {
    const free = model('x/free', { price: { input: 0, output: 0, ...cite } });
    const paid = model('x/paid', { price: { input: 1, output: 1, ...cite } });
    const price = betterFor(paid, free, benchmarks)[3];
    expect([price?.winner?.id, price?.margin]).toEqual(['x/free', 'free at your token mix']);
  });
});

describe('biggestSwing', () => {
  it('finds the shared percent benchmark with the widest gap', () => {
    const swing = biggestSwing(mini, nano, benchmarks);
    expect(swing?.benchmark.id).toBe('tau2-bench');
    expect(swing?.difference).toBeCloseTo(35.6);
  });

  it('uses Elo or index points only when no percent benchmark is shared', () => {
    const elo: Benchmark[] = benchmarks.filter((b) => b.unit !== 'percent');
    expect(biggestSwing(mini, nano, elo)?.benchmark.id).toBe('aa-coding-index');
    expect(
      biggestSwing(
        mini,
        nano,
        elo.filter((b) => b.unit === 'elo'),
      )?.difference,
    ).toBeCloseTo(60.1);
    expect(biggestSwing(mini, model('x/none', {}), benchmarks)).toBeUndefined();
  });

  it('reads a negative swing as the second model ahead', () => {
    expect(biggestSwing(nano, mini, benchmarks)?.difference).toBeCloseTo(-35.6);
  });
});

describe("the card's one-line verdict", () => {
  const priced = (id: string, overall: number | undefined, input: number, output: number) =>
    model(id, {
      price: { input, output, ...cite },
      scores: overall === undefined ? {} : { 'gpqa-diamond': score(overall) },
    });

  it('says GPT-4.1 mini is stronger than nano, at 4.0× the price', () => {
    expect(cardVerdict(mini, nano, benchmarks)).toBe('stronger, at 4.0× the price');
    expect(cardVerdict(nano, mini, benchmarks)).toBe('weaker, but 4.0× cheaper');
  });

  it.each([
    [70, 1, 60, 2, 'stronger and 2.0× cheaper'],
    [60, 2, 70, 1, 'weaker, at 2.0× the price'],
    [70, 1, 69.5, 3, 'about as strong and 3.0× cheaper'],
    [70, 3, 69.5, 1, 'about as strong, at 3.0× the price'],
    [70, 1, 60, 1, 'stronger, at the same price'],
    [70, 0, 60, 1, 'stronger and free'],
    [70, 1, 60, 0, 'stronger, at a price where the other is free'],
  ])('%d points at $%d against %d at $%d: %s', (a, pa, b, pb, expected) => {
    expect(cardVerdict(priced('x/a', a, pa, pa), priced('x/b', b, pb, pb), benchmarks)).toBe(expected);
  });

  it('says what it can with one figure in common, and nothing with none', () => {
    expect(cardVerdict(priced('x/a', undefined, 1, 1), priced('x/b', 60, 4, 4), benchmarks)).toBe('4.0× cheaper');
    expect(
      cardVerdict(model('x/a', { scores: { 'gpqa-diamond': score(50) } }), priced('x/b', 60, 1, 1), benchmarks),
    ).toBe('weaker');
    expect(cardVerdict(model('x/a'), model('x/b'), benchmarks)).toBeUndefined();
  });
});
