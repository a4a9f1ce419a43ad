import { SCORED_CATEGORIES } from '../data/categories';
import type { Benchmark, Model } from '../data/schema';

/**
 * The common scale of benchmark scores. A model has one ability; a benchmark, a difficulty and a
 * slope; a percent score sits at logit(score) ≈ slope × (ability − difficulty), the shape of an
 * item-response curve. Read back, each score says what ability it shows, whatever the benchmark's
 * difficulty: 2.4% on Humanity's Last Exam and 86% on MMLU may show the same ability.
 */

/** Scores are clamped this far from 0 and 100%, where a logit would run off to infinity. */
const FLOOR_PERCENT = 1;

/** logit(score / 100), with the score kept within 1–99%. */
export function scoreLogit(percent: number): number {
  const p = Math.min(Math.max(percent, FLOOR_PERCENT), 100 - FLOOR_PERCENT) / 100;
  return Math.log(p / (1 - p));
}

/** 0–100 from an ability: the score it gives on a benchmark of difficulty 0 and slope 1. */
export function abilityPercent(ability: number): number {
  return 100 / (1 + Math.exp(-ability));
}

/** The benchmarks whose scores are placed on the scale: percent ones in a scored category. */
export function scaledBenchmarks(benchmarks: readonly Benchmark[]): Benchmark[] {
  return benchmarks.filter(
    (b) => b.unit === 'percent' && (SCORED_CATEGORIES as readonly string[]).includes(b.category) && b.higherIsBetter,
  );
}

export interface FittedScale {
  slope: number;
  difficulty: number;
  models: number;
}

/** A benchmark with fewer models than this keeps no scale: its difficulty could not be told from noise. */
export const MIN_MODELS_TO_FIT = 5;
/** A slope is never taken below this: a benchmark that barely separates models would blow up its readings. */
const MIN_SLOPE = 0.2;
const ROUNDS = 100;

/**
 * Fits every benchmark's slope and difficulty, and every model's ability, to the dataset's scores
 * by alternating least squares on the logits: abilities given the benchmarks, then each benchmark's
 * line given the abilities, then abilities rescaled to mean 0 and spread 1 over the models. The
 * fit sees only benchmark scores: composite indices and ratings play no part.
 */
export function fitScales(models: readonly Model[], benchmarks: readonly Benchmark[]): Map<string, FittedScale> {
  const scaled = scaledBenchmarks(benchmarks).filter(
    (b) => models.filter((m) => m.scores[b.id] !== undefined).length >= MIN_MODELS_TO_FIT,
  );
  const readings = models.map((model) =>
    scaled.flatMap((b, j) => {
      const score = model.scores[b.id];
      return score === undefined ? [] : [{ j, y: scoreLogit(score.value) }];
    }),
  );
  const slope = scaled.map(() => 1);
  const difficulty = scaled.map(() => 0);
  let ability = models.map(() => 0);
  const scoredModels = readings.flatMap((r, i) => (r.length > 0 ? [i] : []));

  for (let round = 0; round < ROUNDS; round++) {
    ability = readings.map((list) => abilityFrom(list, slope, difficulty));
    scaled.forEach((_, j) => {
      const points = readings.flatMap((list, i) => list.filter((r) => r.j === j).map((r) => [ability[i] ?? 0, r.y]));
      const [fittedSlope, intercept] = line(points as [number, number][]);
      slope[j] = Math.max(fittedSlope, MIN_SLOPE);
      difficulty[j] = -intercept / (slope[j] ?? 1);
    });
    const values = scoredModels.map((i) => ability[i] ?? 0);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const spread = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    ability = ability.map((a) => (a - mean) / spread);
    scaled.forEach((_, j) => {
      difficulty[j] = ((difficulty[j] ?? 0) - mean) / spread;
      slope[j] = (slope[j] ?? 1) * spread;
    });
  }
  return new Map(
    scaled.map((b, j) => [
      b.id,
      {
        slope: slope[j] ?? 1,
        difficulty: difficulty[j] ?? 0,
        models: models.filter((m) => m.scores[b.id] !== undefined).length,
      },
    ]),
  );
}

/** The least-squares ability behind some logits, given each benchmark's slope and difficulty. */
function abilityFrom(readings: readonly { j: number; y: number }[], slope: number[], difficulty: number[]): number {
  let weighted = 0;
  let weights = 0;
  for (const { j, y } of readings) {
    const a = slope[j] ?? 1;
    weighted += a * (y + a * (difficulty[j] ?? 0));
    weights += a * a;
  }
  return weights === 0 ? 0 : weighted / weights;
}

/** Slope and intercept of the least-squares line through the points. */
function line(points: readonly [number, number][]): [number, number] {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const slope = sxx === 0 ? 1 : sxy / sxx;
  return [slope, my - slope * mx];
}
