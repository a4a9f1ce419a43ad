import { SCORED_CATEGORIES } from '../data/categories';
import type { Benchmark, BenchmarkCategory, Model } from '../data/schema';
import { abilityPercent, scoreLogit } from './score-scale';

export { SCORED_CATEGORIES };

/** With data in fewer categories than this, the overall score is marked provisional. */
export const PROVISIONAL_BELOW_CATEGORIES = 4;

export interface CategoryScore {
  category: BenchmarkCategory;
  /** The ability the category's benchmarks show, on the common scale, as 0–100. */
  value: number;
  benchmarks: string[];
}

export interface OverallScore {
  /** The ability all the categories show, on the common scale, as 0–100. */
  value: number;
  categories: CategoryScore[];
  provisional: boolean;
}

interface CategoryReading {
  category: BenchmarkCategory;
  ability: number;
  /** How much its benchmarks tell: the sum of their slopes squared. */
  information: number;
  benchmarks: string[];
}

/** 0–100 from an ability, without the float noise of the logit round trip (30% at face value reads 30, not 30.000000000000004). */
const shown = (ability: number) => Math.round(abilityPercent(ability) * 1e9) / 1e9;

/** How a benchmark not yet fitted (too few models, or new in a live registry) is read: at face value. */
const FACE_VALUE = { slope: 1, difficulty: 0 };

/**
 * Each category's ability: every percent score read back on the common scale (its benchmark's
 * slope and difficulty in the registry, lib/compare/score-scale.ts), averaged by how sharply each
 * benchmark separates models. A benchmark not yet fitted counts at face value until
 * `npm run dataset:scales` places it.
 */
function categoryReadings(model: Model, benchmarks: readonly Benchmark[]): CategoryReading[] {
  return SCORED_CATEGORIES.flatMap((category) => {
    let weighted = 0;
    let information = 0;
    const ids: string[] = [];
    for (const b of benchmarks) {
      const score = model.scores[b.id];
      if (b.category !== category || b.unit !== 'percent' || score === undefined) continue;
      const { slope, difficulty } = b.scale ?? FACE_VALUE;
      weighted += slope * slope * (scoreLogit(score.value) / slope + difficulty);
      information += slope * slope;
      ids.push(b.id);
    }
    return ids.length === 0 ? [] : [{ category, ability: weighted / information, information, benchmarks: ids }];
  });
}

/** Each category's score: the ability its benchmarks show, on the common scale (0–100). */
export function categoryScores(model: Model, benchmarks: readonly Benchmark[]): CategoryScore[] {
  return categoryReadings(model, benchmarks).map(({ category, ability, benchmarks: ids }) => ({
    category,
    value: shown(ability),
    benchmarks: ids,
  }));
}

/**
 * The overall score: the categories' abilities averaged, each category weighing one share, or
 * less when its benchmarks tell little (a lone IFEval, which barely separates models, weighs
 * about a fifth); provisional when fewer than four categories have data. Composite indices (Arena,
 * Artificial Analysis) are shown beside it, never averaged in.
 */
export function overallScore(model: Model, benchmarks: readonly Benchmark[]): OverallScore | undefined {
  const readings = categoryReadings(model, benchmarks);
  if (readings.length === 0) return undefined;
  let weighted = 0;
  let weights = 0;
  for (const reading of readings) {
    const weight = Math.min(1, reading.information);
    weighted += weight * reading.ability;
    weights += weight;
  }
  return {
    value: shown(weighted / weights),
    categories: categoryScores(model, benchmarks),
    provisional: readings.length < PROVISIONAL_BELOW_CATEGORIES,
  };
}

/**
 * Two models head to head: each one's overall score over only the benchmarks both have, so
 * neither gains or loses by what the other was not measured on. Undefined when they share none.
 */
export function headToHead(
  a: Model,
  b: Model,
  benchmarks: readonly Benchmark[],
): { a: OverallScore; b: OverallScore; shared: string[] } | undefined {
  const shared = benchmarks.filter((x) => a.scores[x.id] !== undefined && b.scores[x.id] !== undefined);
  const first = overallScore(a, shared);
  const second = overallScore(b, shared);
  if (!first || !second) return undefined;
  return { a: first, b: second, shared: first.categories.flatMap((c) => c.benchmarks) };
}
