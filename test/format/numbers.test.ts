import { describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatListPrice,
  formatRatio,
  formatScore,
  formatSeconds,
  formatSignedPoints,
  formatTokens,
  formatUnitPrice,
  formatUsd,
} from '../../lib/format/numbers';

describe('format', () => {
  it.each([
    [0.4, '$0.40'],
    [0.025, '$0.025'],
    [0.05, '$0.05'],
    [0.075, '$0.075'],
    [0.0015, '$0.002'],
    [1.6, '$1.60'],
    [15, '$15.00'],
    [150, '$150'],
    [0, '$0'],
  ])('formatUsd(%s) = %s', (value, text) => expect(formatUsd(value)).toBe(text));

  it.each([
    [0.006, 'minute', '$0.006 per minute'],
    [0.00185, 'minute', '$0.0019 per minute'],
    [0.000667, 'minute', '$0.00067 per minute'],
    [0.04, 'image', '$0.04 per image'],
    [15, 'million-characters', '$15.00 per 1M characters'],
  ] as const)('formatUnitPrice($%s per %s) = %s', (usd, per, text) => expect(formatUnitPrice({ usd, per })).toBe(text));

  it('gives a list price per 1M tokens, else per unit, else none', () => {
    expect(formatListPrice({ price: { input: 0.4, output: 1.6 } })).toBe('$0.40 / $1.60');
    expect(formatListPrice({ unitPrice: { usd: 0.04, per: 'image' } })).toBe('$0.04 per image');
    expect(formatListPrice({})).toBeUndefined();
  });

  it.each([
    [1047576, '1.05M'],
    [200000, '200K'],
    [131072, '131K'],
    [2000000, '2M'],
    [512, '512'],
  ])('formatTokens(%s) = %s', (value, text) => expect(formatTokens(value)).toBe(text));

  it('formats ratios, signed points, scores and times', () => {
    expect(formatRatio(4)).toBe('4.0×');
    expect(formatRatio(12.4)).toBe('12×');
    expect(formatSignedPoints(14.7)).toBe('+14.7');
    expect(formatSignedPoints(-3)).toBe('−3.0');
    expect(formatSignedPoints(0.01)).toBe('0.0');
    expect(formatScore(65, 'percent')).toBe('65.0%');
    expect(formatScore(1380.9, 'elo')).toBe('1381 Elo');
    expect(formatSeconds(0.63)).toBe('0.63 s');
    expect(formatInteger(1047576)).toBe('1,047,576');
  });
});
