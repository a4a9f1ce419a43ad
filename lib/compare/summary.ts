import type { Benchmark, Model } from '../data/schema';
import { formatTokens, formatUsd } from '../format/numbers';
import { compareModels, largestDeltas } from './deltas';
import { keyBenchmarks } from './highlights';

/** At most this many differences are read out: a summary, not the card. */
const SPOKEN_DELTAS = 3;

/**
 * The card in one or two sentences, for screen readers: "GPT-4.1 mini: $0.40 input and $1.60
 * output per million tokens, 1.05M tokens of context. Compared with GPT-4.1 nano: 4.0× the output
 * price, +14.7 GPQA, 2.1× slower."
 */
export function cardSummary(model: Model, target: Model | undefined, benchmarks: readonly Benchmark[]): string {
  const figures = [
    model.price &&
      `${formatUsd(model.price.input)} input and ${formatUsd(model.price.output)} output per million tokens`,
    model.limits && `${formatTokens(model.limits.context)} tokens of context`,
  ].filter(Boolean);
  const first = `${model.name}: ${figures.length > 0 ? figures.join(', ') : 'no price or context data'}.`;
  if (!target) return first;
  const deltas = compareModels(model, target, keyBenchmarks(benchmarks, model, target), benchmarks);
  if (deltas.length === 0) return `${first} No figures in common with ${target.name}.`;
  // The differences the card's first screen shows.
  const largest = largestDeltas(deltas, SPOKEN_DELTAS);
  if (largest.length === 0) return `${first} Level with ${target.name} on the figures both have.`;
  return `${first} Compared with ${target.name}: ${largest.map((d) => d.text).join(', ')}.`;
}
