import { overallScore } from '../compare/overall';
import { relatedComparisons } from '../compare/related';
import type { Catalog } from '../data/catalog';
import { searchModels } from '../data/search';
import type { backgroundProtocol, Handlers } from '../messaging/protocol';
import { pageNamesOf } from './page-names';

type CatalogHandlers = Pick<
  Handlers<typeof backgroundProtocol>,
  'getAliasIndex' | 'lookupModels' | 'lookupSeries' | 'getRelated' | 'searchModels'
>;

/** The background's answers about models, from whatever catalog `current` gives. */
export function catalogHandlers(current: () => Promise<Catalog>): CatalogHandlers {
  return {
    async getAliasIndex() {
      return pageNamesOf(await current());
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
    async lookupSeries({ id }) {
      const { dataset, byId } = await current();
      const series = dataset.series.find((s) => s.id === id);
      return {
        series,
        models: series?.members.flatMap((member) => byId.get(member) ?? []) ?? [],
        benchmarks: dataset.benchmarks,
        providers: dataset.providers,
      };
    },
    async getRelated({ ids }) {
      const { dataset, byId } = await current();
      const models = ids.flatMap((id) => byId.get(id) ?? []);
      const [a, b] = models;
      const related = models.length === 2 && a && b ? relatedComparisons([a, b], dataset) : { pairs: [] };
      const named = [...related.pairs.flatMap((pair) => pair.ids), ...models.flatMap((m) => m.status?.successor ?? [])];
      const names = Object.fromEntries(
        named.flatMap((id) => {
          const model = byId.get(id);
          return model ? [[id, model.name]] : [];
        }),
      );
      return { ...related, names };
    },
    async searchModels({ query, limit }) {
      const { dataset } = await current();
      const models = searchModels(dataset.models, query, limit);
      return {
        models: models.map((model) => {
          const overall = overallScore(model, dataset.benchmarks);
          const { id, name, provider, price, unitPrice, status } = model;
          return {
            id,
            name,
            provider,
            price,
            unitPrice,
            status,
            overall: overall && { value: overall.value, provisional: overall.provisional },
          };
        }),
      };
    },
  };
}
