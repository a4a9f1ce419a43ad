import type { Model } from '../data/schema';

export interface Agreement {
  /** Models that have both figures. */
  models: number;
  /** Pairs of those models that the reference tells apart (a tie in it orders nothing). */
  pairs: number;
  /** Share of those pairs the score orders as the reference does (a tie in the score counts as wrong). */
  share: number;
}

/**
 * How often `score` orders two models as the reference benchmark does, over every pair of models
 * that have both: how the overall score is measured against the Artificial Analysis Intelligence
 * Index and Arena Elo. `score` may look at the pair (a head-to-head comparison) or at one model.
 */
export function pairwiseAgreement(
  models: readonly Model[],
  reference: string,
  score: (model: Model, other: Model) => number | undefined,
): Agreement {
  const rated = models.filter((m) => m.scores[reference] !== undefined);
  let pairs = 0;
  let agreeing = 0;
  let measured = new Set<string>();
  for (let i = 0; i < rated.length; i++) {
    for (let j = i + 1; j < rated.length; j++) {
      const a = rated[i] as Model;
      const b = rated[j] as Model;
      const byReference = (a.scores[reference]?.value ?? 0) - (b.scores[reference]?.value ?? 0);
      const scoreA = score(a, b);
      const scoreB = score(b, a);
      if (byReference === 0 || scoreA === undefined || scoreB === undefined) continue;
      pairs++;
      measured = measured.add(a.id).add(b.id);
      if (Math.sign(scoreA - scoreB) === Math.sign(byReference)) agreeing++;
    }
  }
  return { models: measured.size, pairs, share: pairs === 0 ? 0 : agreeing / pairs };
}
