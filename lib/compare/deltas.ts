import type { Benchmark, Model } from '../data/schema';
import { formatRatio, formatSignedPoints } from '../format/numbers';
import { headToHead } from './overall';

/** Whether a difference is good news for the reader: cheaper, faster and higher-scoring are better. */
export type Verdict = 'better' | 'worse' | 'same';

export interface Delta {
  /** What is compared, e.g. "output price", "GPQA". */
  label: string;
  /** The difference in words, e.g. "4.0× the output price", "+14.7 GPQA". */
  text: string;
  verdict: Verdict;
  /**
   * How large the difference is, in doublings: a ratio's log2, or ten points of a percent score
   * (a hundred Elo) as one. It ranks a card's few deltas worth showing first.
   */
  size: number;
}

/** Ratios within this of 1 read as "same". */
const SAME_RATIO = 0.01;

/** Differences of score points this small read as "same". */
const SAME_POINTS = 0.05;

/** Points of a percent score (or of an index) that weigh as much as twice the price. */
const POINTS_PER_DOUBLING = 10;
/** A free side against a paid one: as large as a difference gets. */
const FREE_SIZE = 4;

const doublings = (ratio: number) => Math.abs(Math.log2(ratio));

/** Score difference in points, e.g. "+14.7 GPQA". */
export function scoreDelta(model: Model, target: Model, benchmark: Benchmark): Delta | undefined {
  const a = model.scores[benchmark.id]?.value;
  const b = target.scores[benchmark.id]?.value;
  if (a === undefined || b === undefined) return undefined;
  const difference = a - b;
  const elo = benchmark.unit === 'elo';
  const same = Math.abs(difference) < (elo ? 0.5 : SAME_POINTS);
  const higher = difference > 0;
  return {
    label: benchmark.shortName,
    text: `${formatSignedPoints(difference, elo ? 0 : 1)} ${benchmark.shortName}`,
    verdict: same ? 'same' : higher === benchmark.higherIsBetter ? 'better' : 'worse',
    size: same ? 0 : Math.abs(difference) / (elo ? 10 * POINTS_PER_DOUBLING : POINTS_PER_DOUBLING),
  };
}

/** Price ratio for one side of the token bill: "4.0× the output price" or "4.0× cheaper on output". */
export function priceDelta(model: Model, target: Model, side: 'input' | 'output'): Delta | undefined {
  const a = model.price?.[side];
  const b = target.price?.[side];
  if (a === undefined || b === undefined) return undefined;
  const label = `${side} price`;
  const same: Delta = { label, text: `same ${side} price`, verdict: 'same', size: 0 };
  if (a === b) return same;
  if (b === 0) return { label, text: `paid ${side}; the other is free`, verdict: 'worse', size: FREE_SIZE };
  if (a === 0) return { label, text: `free ${side}`, verdict: 'better', size: FREE_SIZE };
  const ratio = a / b;
  if (Math.abs(ratio - 1) < SAME_RATIO) return same;
  const size = doublings(ratio);
  return ratio > 1
    ? { label, text: `${formatRatio(ratio)} the ${side} price`, verdict: 'worse', size }
    : { label, text: `${formatRatio(1 / ratio)} cheaper on ${side}`, verdict: 'better', size };
}

/** Output speed ratio: "2.1× faster" or "2.1× slower". */
export function speedDelta(model: Model, target: Model): Delta | undefined {
  const a = model.speed?.outputTokensPerSecond;
  const b = target.speed?.outputTokensPerSecond;
  if (a === undefined || b === undefined) return undefined;
  const ratio = a / b;
  const label = 'output speed';
  if (Math.abs(ratio - 1) < SAME_RATIO) return { label, text: 'same speed', verdict: 'same', size: 0 };
  const size = doublings(ratio);
  return ratio > 1
    ? { label, text: `${formatRatio(ratio)} faster`, verdict: 'better', size }
    : { label, text: `${formatRatio(1 / ratio)} slower`, verdict: 'worse', size };
}

/** Time-to-first-token ratio, where less is better: "1.2× quicker first token". */
export function latencyDelta(model: Model, target: Model): Delta | undefined {
  const a = model.speed?.timeToFirstTokenSeconds;
  const b = target.speed?.timeToFirstTokenSeconds;
  if (a === undefined || b === undefined) return undefined;
  const ratio = a / b;
  const label = 'time to first token';
  if (Math.abs(ratio - 1) < SAME_RATIO) return { label, text: 'same time to first token', verdict: 'same', size: 0 };
  const size = doublings(ratio);
  return ratio < 1
    ? { label, text: `${formatRatio(1 / ratio)} quicker first token`, verdict: 'better', size }
    : { label, text: `${formatRatio(ratio)} slower first token`, verdict: 'worse', size };
}

/**
 * Overall score difference in points, e.g. "+5.1 overall", head to head: over the benchmarks both
 * models have (see lib/compare/overall.ts).
 */
export function overallDelta(model: Model, target: Model, registry: readonly Benchmark[]): Delta | undefined {
  const scores = headToHead(model, target, registry);
  if (!scores) return undefined;
  const difference = scores.a.value - scores.b.value;
  const same = Math.abs(difference) < SAME_POINTS;
  return {
    label: 'overall',
    text: `${formatSignedPoints(difference)} overall`,
    verdict: same ? 'same' : difference > 0 ? 'better' : 'worse',
    size: same ? 0 : Math.abs(difference) / POINTS_PER_DOUBLING,
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

/**
 * The few largest differences, largest first, for a card's first screen. When the input and
 * output prices differ by the same ratio, the output price alone says it: it is the one readers
 * compare.
 */
export function largestDeltas(deltas: readonly Delta[], count = 3): Delta[] {
  const ratioOf = (label: string) => deltas.find((d) => d.label === label)?.text.split(' ')[0];
  const repeated = ratioOf('input price') === ratioOf('output price');
  return deltas
    .filter((d) => d.verdict !== 'same' && !(repeated && d.label === 'input price'))
    .sort((a, b) => b.size - a.size)
    .slice(0, count);
}
