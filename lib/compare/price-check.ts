import type { Price } from '../data/schema';
import type { PriceSide, StatedPrice } from '../detect/stated-prices';
import { formatUsd } from '../format/numbers';

/** One side of the bill as the page states it and as the dataset lists it, USD per 1M tokens. */
export interface CheckedPrice {
  side: PriceSide;
  stated: number;
  listed: number;
}

/** Whether the prices a page states for a model still hold. */
export interface PriceCheck {
  prices: CheckedPrice[];
  holds: boolean;
}

/** Pages round: a stated price within this share of the listed one is the listed one. */
const SAME_SHARE = 0.005;
const SIDES: readonly PriceSide[] = ['input', 'output', 'cached', 'unsided'];

const same = (a: number, b: number) => Math.abs(a - b) <= SAME_SHARE * Math.max(a, b);

/** The dataset's price for one side; an unsided price is the model's only when it has one price for both. */
function listed(price: Price, side: PriceSide): number | undefined {
  if (side === 'unsided') return price.input === price.output ? price.input : undefined;
  return side === 'cached' ? price.cachedInput : price[side];
}

/**
 * Compares the prices a page states near a model's name with the dataset's. A side the page
 * states twice with different figures, or that the dataset has no price for, is left out;
 * undefined when nothing is left to compare.
 */
export function checkStatedPrices(stated: readonly StatedPrice[], price: Price | undefined): PriceCheck | undefined {
  if (!price) return undefined;
  const prices: CheckedPrice[] = [];
  for (const side of SIDES) {
    const figures = stated.filter((s) => s.side === side).map((s) => s.usdPerMillion);
    const [first] = figures;
    const now = listed(price, side);
    if (first === undefined || now === undefined || !figures.every((f) => same(f, first))) continue;
    prices.push({ side, stated: first, listed: now });
  }
  return prices.length ? { prices, holds: prices.every((p) => same(p.stated, p.listed)) } : undefined;
}

const SIDE_WORDS: Record<PriceSide, string> = {
  input: ' input',
  output: ' output',
  cached: ' cached input',
  unsided: ' per 1M tokens',
};

/**
 * The check in words, with where the dataset's figure comes from (`cited`: "OpenRouter,
 * 2026-08-01"): "This page says $5.00 input; now $2.50 (OpenRouter, 2026-08-01)", or "Price on
 * this page matches: $2.50 input (…)". A retired model's figure is its last list price.
 */
export function describePriceCheck(check: PriceCheck, cited: string, retired = false): string {
  const stated = check.prices.map((p) => `${formatUsd(p.stated)}${SIDE_WORDS[p.side]}`).join(', ');
  if (check.holds) return `Price on this page matches: ${stated} (${cited})`;
  const now = check.prices.map((p) => formatUsd(p.listed)).join(', ');
  return `This page says ${stated}; ${retired ? 'last listed' : 'now'} ${now} (${cited})`;
}
