import type { Benchmark, Model } from '../data/schema';
import { formatRatio, formatSignedPoints } from '../format/numbers';
import { overallScore } from './overall';

/** Whether a difference is good news for the reader: cheaper, faster and higher-scoring are better. */
export type Verdict = 'better' | 'worse' | 'same';

export interface Delta {
  /** What is compared, e.g. "output price", "GPQA". */
  label: string;
  /** The difference in words, e.g. "4.0× the output price", "+14.7 GPQA". */
  text: string;
  verdict: Verdict;
}

/** Ratios within this of 1 read as "same". */
const SAME_RATIO = 0.01;

/** Differences of score points this small read as "same". */
const SAME_POINTS = 0.05;

/** Score difference in points, e.g. "+14.7 GPQA". */
export function scoreDelta(model: Model, target: Model, benchmark: Benchmark): Delta | undefined {
  const a = model.scores[benchmark.id]?.value;
  const b = target.scores[benchmark.id]?.value;
  if (a === undefined || b === undefined) return undefined;
  const difference = a - b;
  const same = Math.abs(difference) < (benchmark.unit === 'elo' ? 0.5 : SAME_POINTS);
  const higher = difference > 0;
  return {
    label: benchmark.shortName,
    text: `${formatSignedPoints(difference, benchmark.unit === 'elo' ? 0 : 1)} ${benchmark.shortName}`,
    verdict: same ? 'same' : higher === benchmark.higherIsBetter ? 'better' : 'worse',
  };
}

/** Price ratio for one side of the token bill: "4.0× the output price" or "4.0× cheaper on output". */
export function priceDelta(model: Model, target: Model, side: 'input' | 'output'): Delta | undefined {
  const a = model.price?.[side];
  const b = target.price?.[side];
  if (a === undefined || b === undefined) return undefined;
  const label = `${side} price`;
  if (a === b) return { label, text: `same ${side} price`, verdict: 'same' };
  if (b === 0) return { label, text: `paid ${side}; the other is free`, verdict: 'worse' };
  if (a === 0) return { label, text: `free ${side}`, verdict: 'better' };
  const ratio = a / b;
  if (Math.abs(ratio - 1) < SAME_RATIO) return { label, text: `same ${side} price`, verdict: 'same' };
  return ratio > 1
    ? { label, text: `${formatRatio(ratio)} the ${side} price`, verdict: 'worse' }
    : { label, text: `${formatRatio(1 / ratio)} cheaper on ${side}`, verdict: 'better' };
}

/** Output speed ratio: "2.1× faster" or "2.1× slower". */
export function speedDelta(model: Model, target: Model): Delta | undefined {
  const a = model.speed?.outputTokensPerSecond;
  const b = target.speed?.outputTokensPerSecond;
  if (a === undefined || b === undefined) return undefined;
  const ratio = a / b;
  const label = 'output speed';
  if (Math.abs(ratio - 1) < SAME_RATIO) return { label, text: 'same speed', verdict: 'same' };
  return ratio > 1
    ? { label, text: `${formatRatio(ratio)} faster`, verdict: 'better' }
    : { label, text: `${formatRatio(1 / ratio)} slower`, verdict: 'worse' };
}

/** Time-to-first-token ratio, where less is better: "1.2× quicker first token". */
export function latencyDelta(model: Model, target: Model): Delta | undefined {
  const a = model.speed?.timeToFirstTokenSeconds;
  const b = target.speed?.timeToFirstTokenSeconds;
  if (a === undefined || b === undefined) return undefined;
  const ratio = a / b;
  const label = 'time to first token';
  if (Math.abs(ratio - 1) < SAME_RATIO) return { label, text: 'same time to first token', verdict: 'same' };
  return ratio < 1
    ? { label, text: `${formatRatio(1 / ratio)} quicker first token`, verdict: 'better' }
    : { label, text: `${formatRatio(ratio)} slower first token`, verdict: 'worse' };
}

/** Overall score difference in points, e.g. "+5.1 overall" (see lib/compare/overall.ts). */
export function overallDelta(model: Model, target: Model, registry: readonly Benchmark[]): Delta | undefined {
  const a = overallScore(model, registry);
  const b = overallScore(target, registry);
  if (!a || !b) return undefined;
  const difference = a.value - b.value;
  return {
    label: 'overall',
    text: `${formatSignedPoints(difference)} overall`,
    verdict: Math.abs(difference) < SAME_POINTS ? 'same' : difference > 0 ? 'better' : 'worse',
  };
}

/**
 * Every delta the two models' figures allow: operational ones first, the overall score (over the
 * whole benchmark `registry`), then the given benchmarks.
 */
export function compareModels(
  model: Model,
  target: Model,
  benchmarks: readonly Benchmark[],
  registry: readonly Benchmark[] = [],
): Delta[] {
  const deltas = [
    priceDelta(model, target, 'input'),
    priceDelta(model, target, 'output'),
    speedDelta(model, target),
    latencyDelta(model, target),
    overallDelta(model, target, registry),
    ...benchmarks.map((benchmark) => scoreDelta(model, target, benchmark)),
  ];
  return deltas.filter((delta): delta is Delta => delta !== undefined);
}
