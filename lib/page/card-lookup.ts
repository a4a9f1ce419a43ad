import type { LookupAnswer, SeriesAnswer } from '../messaging/protocol';
import { type CardHit, cardModelId } from './card-content';
import type { CardData, SeriesCardData } from './card-data';
import { pickComparisonTarget, type TargetSources } from './target';

export interface CardLookupOptions {
  lookupModels(ids: string[]): Promise<LookupAnswer>;
  lookupSeries(id: string): Promise<SeriesAnswer>;
  /** The page's names, to pick the model a card compares with. */
  page: TargetSources;
  /** Display names of known models, by id. */
  names: Record<string, string>;
  /** The reader's pinned baseline, read at each use. */
  baseline(): string | null;
}

/**
 * The figures a card shows for a hovered name and the model it is compared with, asked of the
 * background once per pair on this page (a failed answer is asked again next time), and the
 * comparison the reader picked in a card, kept for the page.
 */
export function createCardLookup(options: CardLookupOptions) {
  const { page, names } = options;
  const answers = new Map<string, Promise<CardData | undefined>>();
  const seriesAnswers = new Map<string, Promise<SeriesCardData | undefined>>();
  /** Targets the reader picked in a card, by hovered model, for this page. */
  const chosenTargets = new Map<string, string>();

  return {
    dataFor(hit: CardHit): Promise<CardData | undefined> {
      const modelId = cardModelId(hit) as string;
      const targetId = chosenTargets.get(modelId) ?? pickComparisonTarget(hit, page, options.baseline() ?? undefined);
      const key = `${modelId} ${targetId ?? ''}`;
      let data = answers.get(key);
      if (!data) {
        data = options.lookupModels(targetId ? [modelId, targetId] : [modelId]).then((answer) => {
          const { models, priceNotes, ...registries } = answer;
          const model = models.find((m) => m.id === modelId);
          const target = models.find((m) => m.id === targetId);
          return model && { ...registries, model, target, priceNote: priceNotes[modelId] };
        });
        data.catch(() => answers.delete(key));
        answers.set(key, data);
      }
      return data;
    },

    /** A series and its members' figures, for the series card; undefined when the dataset lacks it. */
    seriesFor(id: string): Promise<SeriesCardData | undefined> {
      let data = seriesAnswers.get(id);
      if (!data) {
        data = options
          .lookupSeries(id)
          .then(({ series, models, ...registries }) =>
            series && models.length ? { ...registries, series, members: models } : undefined,
          );
        data.catch(() => seriesAnswers.delete(id));
        seriesAnswers.set(id, data);
      }
      return data;
    },

    /** Compares `modelId` with `targetId` from now on, on this page. */
    chooseTarget(modelId: string, targetId: string): void {
      chosenTargets.set(modelId, targetId);
    },

    /** The models a card may switch its comparison to: the baseline, then the page's other models. */
    targetChoices(modelId: string): { id: string; name: string }[] {
      const baseline = options.baseline();
      const ids = [...new Set([...(baseline ? [baseline] : []), ...page.modelCounts.keys()])].filter(
        (id) => id !== modelId,
      );
      return ids.map((id) => ({ id, name: names[id] ?? id }));
    },
  };
}

export type CardLookup = ReturnType<typeof createCardLookup>;
