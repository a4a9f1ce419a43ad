import type { Model, Price } from '../data/schema';

/** How a bill's tokens split: the share that is input, and the share of input served from the cache. */
export interface TokenMix {
  /** Input tokens / all tokens, 0–1. 0.75 is the 3:1 input:output mix comparison sites quote. */
  inputShare: number;
  /** Cached input tokens / input tokens, 0–1. */
  cachedShare: number;
}

export const DEFAULT_TOKEN_MIX: TokenMix = { inputShare: 0.75, cachedShare: 0 };

/** A token mix as comparison sites name it: "3:1" for an input share of 0.75, "1:3" for 0.25. */
export function mixRatio(mix: Pick<TokenMix, 'inputShare'>): string {
  if (mix.inputShare >= 1) return 'input only';
  if (mix.inputShare <= 0) return 'output only';
  const ratio = mix.inputShare / (1 - mix.inputShare);
  return ratio >= 1 ? `${Number(ratio.toFixed(1))}:1` : `1:${Number((1 / ratio).toFixed(1))}`;
}

/** A month's tokens. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** Cached input tokens / input tokens, 0–1. */
  cachedShare: number;
}

// Prices are decimals (0.4, 0.025) that binary floats cannot hold exactly; rounding the result to
// a billionth of a dollar keeps 0.75 × 0.4 + 0.25 × 1.6 equal to 0.7, as a reader would expect.
const round = (usd: number) => Math.round(usd * 1e9) / 1e9;
const clampShare = (share: number) => Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));

/**
 * USD for one million input tokens, `cachedShare` of them served from the cache. Without a
 * published cached price, cached tokens are billed at the input price: no discount is invented.
 */
function inputRate(price: Price, cachedShare: number): number {
  const cached = clampShare(cachedShare);
  return (1 - cached) * price.input + cached * (price.cachedInput ?? price.input);
}

/** USD per 1M tokens at a token mix: input, cached input and output prices weighted by their shares. */
export function blendedPrice(price: Price, mix: TokenMix = DEFAULT_TOKEN_MIX): number {
  const input = clampShare(mix.inputShare);
  return round(input * inputRate(price, mix.cachedShare) + (1 - input) * price.output);
}

/** Whether a cached share changes the bill as published: false when the model has no cached price. */
export function cachedPriceKnown(price: Price): boolean {
  return price.cachedInput !== undefined;
}

/** USD for a month's usage. */
export function monthlyCost(price: Price, usage: TokenUsage): number {
  const input = Math.max(0, usage.inputTokens) * inputRate(price, usage.cachedShare);
  const output = Math.max(0, usage.outputTokens) * price.output;
  return round((input + output) / 1_000_000);
}

export interface ModelCost {
  model: Model;
  usd: number;
}

/** Each priced model's monthly cost, in the order given; models without a price are left out. */
export function monthlyCosts(models: readonly Model[], usage: TokenUsage): ModelCost[] {
  return models.flatMap((model) => (model.price ? [{ model, usd: monthlyCost(model.price, usage) }] : []));
}

/** The cheapest model for this usage (the first one listed on a tie), or undefined when none has a price. */
export function cheapest(models: readonly Model[], usage: TokenUsage): ModelCost | undefined {
  return monthlyCosts(models, usage).reduce<ModelCost | undefined>(
    (best, next) => (best === undefined || next.usd < best.usd ? next : best),
    undefined,
  );
}

/**
 * "$0.70", "$0.175", "$3.50": a blended price keeps a third decimal when it has one, since a blend
 * of published prices ($0.075 + $0.10) is as exact as they are and "$0.17" would hide the half cent.
 */
export function formatBlendedUsd(usd: number): string {
  const digits = usd < 1 && Number(usd.toFixed(3)) !== Number(usd.toFixed(2)) ? 3 : 2;
  return `$${usd.toFixed(digits)}`;
}

/** "$92.80", "$1,234.56": a monthly bill, to the cent. */
export function formatMonthlyUsd(usd: number): string {
  return usd.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}
