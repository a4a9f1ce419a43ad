import { categoryScores, PROVISIONAL_BELOW_CATEGORIES } from '../../lib/compare/overall';
import type { Dataset, Model } from '../../lib/data/schema';
import { buildAliasIndex } from '../../lib/detect/aliases';

/**
 * Whether an API sells the model: not retired, and either priced or closed (a closed model is only
 * ever reached through its maker's API; an open one without a price may have no host at all).
 */
export function isServed(model: Model): boolean {
  return model.status?.stage !== 'retired' && (model.price !== undefined || !model.openWeights);
}

/** The dataset's coverage in counts; the targets read as shares of `served`. */
export function datasetStats(dataset: Pick<Dataset, 'models' | 'series' | 'benchmarks'>) {
  const { models, benchmarks } = dataset;
  const served = models.filter(isServed);
  return {
    models: models.length,
    providers: new Set(models.map((m) => m.provider)).size,
    withPrice: models.filter((m) => m.price).length,
    withThreeScores: models.filter((m) => Object.keys(m.scores).length >= 3).length,
    withSpeed: models.filter((m) => m.speed).length,
    aliases: buildAliasIndex(models).length,
    series: dataset.series.length,
    served: served.length,
    servedWithPrice: served.filter((m) => m.price).length,
    servedWithSpeed: served.filter((m) => m.speed).length,
    withFourCategories: served.filter((m) => categoryScores(m, benchmarks).length >= PROVISIONAL_BELOW_CATEGORIES)
      .length,
    embeddings: models.filter((m) => m.kind === 'embedding').length,
    retired: models.filter((m) => m.status?.stage === 'retired').length,
  };
}
