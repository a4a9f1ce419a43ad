import { SCORED_CATEGORIES } from '../data/categories';
import type { Benchmark, BenchmarkCategory, Model } from '../data/schema';

export { SCORED_CATEGORIES };

/** With data in fewer categories than this, the overall score is marked provisional. */
export const PROVISIONAL_BELOW_CATEGORIES = 4;

export interface CategoryScore {
  category: BenchmarkCategory;
  /** Mean of the model's percent scores in this category, 0–100. */
  value: number;
  benchmarks: string[];
}

export interface OverallScore {
  /** Mean of the category scores, 0–100. */
  value: number;
  categories: CategoryScore[];
  provisional: boolean;
}

/** Each category's score: the plain mean of the model's percent-scale benchmarks in it. */
export function categoryScores(model: Model, benchmarks: readonly Benchmark[]): CategoryScore[] {
  return SCORED_CATEGORIES.flatMap((category) => {
    const scored = benchmarks.filter(
      (b) => b.category === category && b.unit === 'percent' && model.scores[b.id] !== undefined,
    );
    if (scored.length === 0) return [];
    const total = scored.reduce((sum, b) => sum + (model.scores[b.id]?.value ?? 0), 0);
    return [{ category, value: total / scored.length, benchmarks: scored.map((b) => b.id) }];
  });
}

/**
 * The overall score: the mean of the category scores, each category weighing the same whatever
 * the number of its benchmarks; provisional when fewer than four categories have data.
 */
export function overallScore(model: Model, benchmarks: readonly Benchmark[]): OverallScore | undefined {
  const categories = categoryScores(model, benchmarks);
  if (categories.length === 0) return undefined;
  const value = categories.reduce((sum, c) => sum + c.value, 0) / categories.length;
  return { value, categories, provisional: categories.length < PROVISIONAL_BELOW_CATEGORIES };
}
