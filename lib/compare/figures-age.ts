import { daysBetween, formatDay } from '../format/dates';

/** Prices older than this are flagged: list prices change within weeks. */
export const STALE_AFTER_DAYS = 30;

export interface FiguresAge {
  /** "prices as of 1 Aug 2026". */
  text: string;
  /** Over STALE_AFTER_DAYS days old on `today`. */
  stale: boolean;
  days: number;
}

/** How old a model's prices are on `today`, from their as-of date; undefined when it has none. */
export function figuresAge(asOf: string | undefined, today: string): FiguresAge | undefined {
  if (!asOf || !/^\d{4}-\d\d-\d\d/.test(asOf)) return undefined;
  const days = daysBetween(asOf, today);
  return { text: `prices as of ${formatDay(asOf.slice(0, 10))}`, stale: days > STALE_AFTER_DAYS, days };
}
