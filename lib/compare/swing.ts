import type { Benchmark, Model } from '../data/schema';

export interface Swing {
  benchmark: Benchmark;
  a: number;
  b: number;
  /** a − b, in the benchmark's unit. */
  difference: number;
}

// Points on a percent scale compare across benchmarks; Elo and index points do not (60 Elo is
// not "more" than 20 percentage points), so they only count when no percent benchmark is shared.
const UNIT_RANK: Record<Benchmark['unit'], number> = { percent: 0, index: 1, elo: 2 };

/** The benchmark both models have where they differ most, preferring percent-scale benchmarks. */
export function biggestSwing(a: Model, b: Model, benchmarks: readonly Benchmark[]): Swing | undefined {
  const shared = benchmarks.flatMap((benchmark) => {
    const x = a.scores[benchmark.id]?.value;
    const y = b.scores[benchmark.id]?.value;
    return x === undefined || y === undefined ? [] : [{ benchmark, a: x, b: y, difference: x - y }];
  });
  const bestUnit = Math.min(...shared.map((s) => UNIT_RANK[s.benchmark.unit]));
  return shared
    .filter((s) => UNIT_RANK[s.benchmark.unit] === bestUnit)
    .reduce<Swing | undefined>(
      (best, next) => (best === undefined || Math.abs(next.difference) > Math.abs(best.difference) ? next : best),
      undefined,
    );
}
