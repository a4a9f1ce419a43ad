import type { UnitPrice } from '../data/schema';

/** "$0.40", "$0.025", "$0.05", "$15" — prices per 1M tokens keep the precision they were published with. */
export function formatUsd(value: number): string {
  if (value === 0) return '$0';
  const third = value < 0.1 && value.toFixed(3) !== `${value.toFixed(2)}0`;
  return `$${value.toFixed(value >= 100 ? 0 : third ? 3 : 2)}`;
}

/** "$0.006 per minute", "$0.04 per image", "$15.00 per 1M characters"; a price under a cent keeps two digits ("$0.0018"). */
export function formatUnitPrice({ usd, per }: Pick<UnitPrice, 'usd' | 'per'>): string {
  const value = usd < 0.01 ? `$${Number(usd.toPrecision(2))}` : formatUsd(usd);
  return `${value} per ${per === 'million-characters' ? '1M characters' : per}`;
}

/** A model's list price in a few words: input / output per 1M tokens ("$0.40 / $1.60"), else its price per unit. */
export function formatListPrice(model: {
  price?: { input: number; output: number };
  unitPrice?: Pick<UnitPrice, 'usd' | 'per'>;
}): string | undefined {
  const { price, unitPrice } = model;
  if (price) return `${formatUsd(price.input)} / ${formatUsd(price.output)}`;
  return unitPrice && formatUnitPrice(unitPrice);
}

/** "1.05M", "200K", "8K": compact token counts. */
export function formatTokens(value: number): string {
  if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(2))}M`;
  if (value >= 1_000) return `${Math.round(value / 1_000)}K`;
  return String(value);
}

/** "1,047,576": exact counts for tooltips. */
export function formatInteger(value: number): string {
  return value.toLocaleString('en-US');
}

/** "4.0×", "12×": ratios keep one decimal below ten. */
export function formatRatio(ratio: number): string {
  return ratio < 10 ? `${ratio.toFixed(1)}×` : `${Math.round(ratio)}×`;
}

/** "+14.7", "−3.0", "0.0": signed differences in points, with a true minus sign. */
export function formatSignedPoints(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`;
}

/** A score in its unit: "65.0%", "1381 Elo", "14.8". */
export function formatScore(value: number, unit: 'percent' | 'elo' | 'index'): string {
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  if (unit === 'elo') return `${Math.round(value)} Elo`;
  return value.toFixed(1);
}

/** "87 tok/s", "184 tok/s". */
export function formatSpeed(tokensPerSecond: number): string {
  return `${Math.round(tokensPerSecond)} tok/s`;
}

/** "0.63 s", "12 s". */
export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${Math.round(seconds)} s`;
}
