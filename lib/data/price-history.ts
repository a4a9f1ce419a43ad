import { z } from 'zod/mini';
import { type Dataset, IsoDate, ModelId } from './schema';

/** One side of one model's price, changed by a refresh: USD per 1M tokens before and after. */
export const PriceChange = z.strictObject({
  modelId: ModelId,
  date: IsoDate,
  side: z.enum(['input', 'output']),
  old: z.number().check(z.nonnegative()),
  new: z.number().check(z.nonnegative()),
});
export type PriceChange = z.infer<typeof PriceChange>;

const SIDES = ['input', 'output'] as const;
const DAY_MS = 86_400_000;

/** The input and output prices that differ between two datasets, for the models priced in both. */
export function priceChanges(before: Dataset, after: Dataset, date: string): PriceChange[] {
  const earlier = new Map(before.models.map((model) => [model.id, model.price]));
  const changes: PriceChange[] = [];
  for (const model of after.models) {
    const old = earlier.get(model.id);
    if (!old || !model.price) continue;
    for (const side of SIDES) {
      if (old[side] !== model.price[side]) {
        changes.push({ modelId: model.id, date, side, old: old[side], new: model.price[side] });
      }
    }
  }
  return changes;
}

/**
 * The model's newest price change in the `withinDays` days up to `today`. When both sides changed
 * that day, the output price's: it is the one people compare.
 */
export function recentPriceChange(
  changes: readonly PriceChange[],
  modelId: string,
  today: string,
  withinDays = 30,
): PriceChange | undefined {
  const now = Date.parse(today);
  let newest: PriceChange | undefined;
  for (const change of changes) {
    const age = (now - Date.parse(change.date)) / DAY_MS;
    if (change.modelId !== modelId || !(age >= 0 && age <= withinDays)) continue;
    if (!newest || change.date > newest.date || (change.date === newest.date && change.side === 'output')) {
      newest = change;
    }
  }
  return newest;
}

/** "price cut 50% on 2026-11-29", "input price up 25% on 2026-11-29". */
export function describePriceChange(change: PriceChange): string {
  const subject = change.side === 'output' ? 'price' : 'input price';
  if (change.old === 0) return `${subject} up from free on ${change.date}`;
  const direction = change.new < change.old ? 'cut' : 'up';
  const percent = Math.round((Math.abs(change.new - change.old) / change.old) * 100);
  return `${subject} ${direction} ${percent === 0 ? '<1' : percent}% on ${change.date}`;
}
