import { z } from 'zod/mini';
import { priceChanges } from './price-history';
import { type Dataset, ModelId } from './schema';

/** The most models or prices one entry names; the rest are counted. */
const LISTED = 20;
/** The most entries kept, newest first: what the last refreshes changed. */
export const KEPT_ENTRIES = 10;

const Named = { id: ModelId, name: z.string().check(z.maxLength(200)) };

/** What one day's refreshes changed: models added, prices changed. */
export const NewsEntry = z.strictObject({
  /** ISO date-time of the refresh that brought it (the latest, when a day had several). */
  at: z.iso.datetime(),
  added: z.array(z.strictObject(Named)),
  addedCount: z.int().check(z.nonnegative()),
  prices: z.array(
    z.strictObject({
      ...Named,
      side: z.enum(['input', 'output']),
      old: z.number().check(z.nonnegative()),
      new: z.number().check(z.nonnegative()),
    }),
  ),
  pricesCount: z.int().check(z.nonnegative()),
});
export type NewsEntry = z.infer<typeof NewsEntry>;

/** What the background keeps: the entries, newest first, and the newest one the reader has seen. */
export const WhatsNew = z.strictObject({
  entries: z.array(NewsEntry),
  seenAt: z.optional(z.iso.datetime()),
});
export type WhatsNew = z.infer<typeof WhatsNew>;

/** What a refresh changed between two datasets; undefined when it added no model and changed no price. */
export function newsOf(before: Dataset, after: Dataset, at: Date): NewsEntry | undefined {
  const known = new Set(before.models.map((m) => m.id));
  const names = new Map(after.models.map((m) => [m.id, m.name]));
  const added = after.models.filter((m) => !known.has(m.id)).map(({ id, name }) => ({ id, name }));
  const prices = priceChanges(before, after, at.toISOString().slice(0, 10)).map((change) => ({
    id: change.modelId,
    name: names.get(change.modelId) ?? change.modelId,
    side: change.side,
    old: change.old,
    new: change.new,
  }));
  if (added.length === 0 && prices.length === 0) return undefined;
  return {
    at: at.toISOString(),
    added: added.slice(0, LISTED),
    addedCount: added.length,
    prices: prices.slice(0, LISTED),
    pricesCount: prices.length,
  };
}

/** The entries with a new one first; one day's refreshes make one entry. */
export function withNews(entries: readonly NewsEntry[], entry: NewsEntry): NewsEntry[] {
  const [newest, ...older] = entries;
  if (!newest || newest.at.slice(0, 10) !== entry.at.slice(0, 10)) return [entry, ...entries].slice(0, KEPT_ENTRIES);
  const addedIds = new Set(newest.added.map((m) => m.id));
  const moreAdded = entry.added.filter((m) => !addedIds.has(m.id));
  // A price changed twice in a day shows its latest change.
  const keptPrices = newest.prices.filter((p) => !entry.prices.some((q) => q.id === p.id && q.side === p.side));
  const merged: NewsEntry = {
    at: entry.at,
    added: [...newest.added, ...moreAdded].slice(0, LISTED),
    addedCount: newest.addedCount + entry.addedCount - (entry.added.length - moreAdded.length),
    prices: [...entry.prices, ...keptPrices].slice(0, LISTED),
    pricesCount: entry.pricesCount + newest.pricesCount - (newest.prices.length - keptPrices.length),
  };
  return [merged, ...older];
}

/** Whether the reader has not yet seen the newest entry: the toolbar icon wears a dot until then. */
export function hasUnseen({ entries, seenAt }: WhatsNew): boolean {
  const newest = entries[0];
  return newest !== undefined && (seenAt === undefined || newest.at > seenAt);
}
