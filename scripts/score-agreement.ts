/**
 * `npm run --silent dataset:agreement` (maintainers): how often the overall score orders two
 * models as the Artificial Analysis Intelligence Index and Arena Elo do, over the models that have
 * both, beside the plain mean of category means the score replaced and the two references against
 * each other. One JSON object.
 */
import { pairwiseAgreement } from '../lib/compare/agreement';
import { headToHead, overallScore, SCORED_CATEGORIES } from '../lib/compare/overall';
import type { Benchmark, Model } from '../lib/data/schema';
import { readCuratedDataset } from './support/dataset';

const { models, benchmarks } = readCuratedDataset();
const REFERENCES = { aa: 'aa-intelligence-index', arena: 'arena-elo' } as const;

/** The score before the common scale: the plain mean of each category's plain mean. */
function plainMean(model: Model, registry: readonly Benchmark[]): number | undefined {
  const means = SCORED_CATEGORIES.flatMap((category) => {
    const values = registry
      .filter((b) => b.category === category && b.unit === 'percent')
      .flatMap((b) => model.scores[b.id]?.value ?? []);
    return values.length ? [values.reduce((s, v) => s + v, 0) / values.length] : [];
  });
  return means.length ? means.reduce((s, v) => s + v, 0) / means.length : undefined;
}

const percent = (share: number) => Math.round(share * 1000) / 10;
const measure = (reference: string, score: (a: Model, b: Model) => number | undefined) => {
  const { models: count, pairs, share } = pairwiseAgreement(models, reference, score);
  return { models: count, pairs, percent: percent(share) };
};
const overall = (a: Model) => overallScore(a, benchmarks)?.value;
const pair = (a: Model, b: Model) => headToHead(a, b, benchmarks)?.a.value;
const before = (a: Model) => plainMean(a, benchmarks);

console.log(
  JSON.stringify({
    models: models.length,
    overall: { aa: measure(REFERENCES.aa, overall), arena: measure(REFERENCES.arena, overall) },
    headToHead: { aa: measure(REFERENCES.aa, pair), arena: measure(REFERENCES.arena, pair) },
    plainMean: { aa: measure(REFERENCES.aa, before), arena: measure(REFERENCES.arena, before) },
    aaVsArena: measure(REFERENCES.arena, (a) => a.scores[REFERENCES.aa]?.value),
  }),
);
