import type { Benchmark, Model } from '../data/schema';

/** Benchmarks in the order a reader scans them first; the card shows the first few a model has. */
const PREFERRED = [
  'gpqa-diamond',
  'mmlu-pro',
  'ifeval',
  'swe-bench-verified',
  'aider-polyglot',
  'livecodebench',
  'aime-2025',
  'hle',
  'mmlu',
  'arena-elo',
  'aa-intelligence-index',
];

/**
 * The benchmarks worth a glance for this model: ones both models have come first (they
 * carry a delta), then the model's own, in the preferred order.
 */
export function keyBenchmarks(
  benchmarks: readonly Benchmark[],
  model: Model,
  target: Model | undefined,
  limit = 4,
): Benchmark[] {
  const rank = (b: Benchmark) => {
    const preferred = PREFERRED.indexOf(b.id);
    return preferred === -1 ? PREFERRED.length : preferred;
  };
  const owned = benchmarks.filter((b) => model.scores[b.id] !== undefined).sort((a, b) => rank(a) - rank(b));
  const shared = owned.filter((b) => target?.scores[b.id] !== undefined);
  const rest = owned.filter((b) => !shared.includes(b));
  return [...shared, ...rest].slice(0, limit);
}
