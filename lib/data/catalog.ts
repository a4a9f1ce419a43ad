import { overallScore } from '../compare/overall';
import { type AliasEntry, buildAliasIndex } from '../detect/aliases';
import type { backgroundProtocol, Handlers } from '../messaging/protocol';
import type { Dataset, Model } from './schema';
import { searchModels } from './search';

/**
 * The dataset the background answers from, with the lookups it needs kept ready. Built once per
 * dataset version; the background holds one and swaps it whole when the data changes.
 */
export interface Catalog {
  dataset: Dataset;
  byId: Map<string, Model>;
  aliases: AliasEntry[];
  /** A recent price change per model, in words. */
  priceNotes: ReadonlyMap<string, string>;
}

export function createCatalog(dataset: Dataset, priceNotes: ReadonlyMap<string, string> = new Map()): Catalog {
  return {
    dataset,
    byId: new Map(dataset.models.map((model) => [model.id, model])),
    aliases: buildAliasIndex(dataset.models),
    priceNotes,
  };
}

/** The background's message handlers, answering from whatever catalog `current` gives. */
export function catalogHandlers(
  current: () => Promise<Catalog>,
): Omit<
  Handlers<typeof backgroundProtocol>,
  'openLookup' | 'openCompare' | 'reportPageModels' | 'getSourceStatus' | 'refreshNow'
> {
  return {
    async getAliasIndex() {
      const catalog = await current();
      const names = Object.fromEntries(catalog.dataset.models.map((model) => [model.id, model.name]));
      return { version: catalog.dataset.version, entries: catalog.aliases, names };
    },
    async lookupModels({ ids }) {
      const { dataset, byId, priceNotes } = await current();
      return {
        models: ids.flatMap((id) => byId.get(id) ?? []),
        priceNotes: Object.fromEntries(
          ids.flatMap((id) => {
            const note = priceNotes.get(id);
            return note ? [[id, note]] : [];
          }),
        ),
        benchmarks: dataset.benchmarks,
        sources: dataset.sources,
        providers: dataset.providers,
      };
    },
    async searchModels({ query, limit }) {
      const { dataset } = await current();
      const models = searchModels(dataset.models, query, limit);
      return {
        models: models.map((model) => {
          const overall = overallScore(model, dataset.benchmarks);
          const { id, name, provider, price } = model;
          return {
            id,
            name,
            provider,
            price,
            overall: overall && { value: overall.value, provisional: overall.provisional },
          };
        }),
      };
    },
  };
}
