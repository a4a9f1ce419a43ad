import { buildNameIndex, type NameEntry } from '../detect/aliases';
import type { Dataset, Model } from './schema';

/**
 * The dataset the background answers from, with the lookups it needs kept ready. Built once per
 * dataset version; the background holds one and swaps it whole when the data changes.
 */
export interface Catalog {
  dataset: Dataset;
  byId: Map<string, Model>;
  /** The names of its models and series, as the matcher looks for them. */
  aliases: NameEntry[];
  /** A recent price change per model, in words. */
  priceNotes: ReadonlyMap<string, string>;
}

export function createCatalog(dataset: Dataset, priceNotes: ReadonlyMap<string, string> = new Map()): Catalog {
  return {
    dataset,
    byId: new Map(dataset.models.map((model) => [model.id, model])),
    aliases: buildNameIndex(dataset),
    priceNotes,
  };
}
