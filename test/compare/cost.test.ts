import { describe, expect, it } from 'vitest';
import {
  blendedPrice,
  cachedPriceKnown,
  cheapest,
  formatBlendedUsd,
  formatMonthlyUsd,
  mixRatio,
  monthlyCost,
  monthlyCosts,
} from '../../lib/compare/cost';
import type { Price } from '../../lib/data/schema';
import { testCitation as cite, testModel } from '../support/models';

const miniPrice: Price = { input: 0.4, output: 1.6, cachedInput: 0.1, ...cite };
const nanoPrice: Price = { input: 0.1, output: 0.4, cachedInput: 0.025, ...cite };

const model = (id: string, price?: Price) => testModel(id, { price });

describe('blendedPrice', () => {
  it('weighs input and output 3:1 by default (GPT-4.1 mini $0.70, nano $0.175 per 1M)', () => {
    expect(blendedPrice(miniPrice)).toBe(0.7);
    expect(blendedPrice(nanoPrice)).toBe(0.175);
  });

  it('follows the token mix, with cached input at its own price', () => {
    expect(blendedPrice(miniPrice, { inputShare: 0.5, cachedShare: 0 })).toBe(1);
    expect(blendedPrice(miniPrice, { inputShare: 1, cachedShare: 0.5 })).toBe(0.25);
    expect(blendedPrice(miniPrice, { inputShare: 0.75, cachedShare: 1 })).toBe(0.475);
    expect(blendedPrice(miniPrice, { inputShare: 0, cachedShare: 1 })).toBe(1.6);
  });

  it('bills cached tokens at the input price when no cached price is published', () => {
    const price: Price = { input: 2, output: 8, ...cite };
    expect(cachedPriceKnown(price)).toBe(false);
    expect(blendedPrice(price, { inputShare: 0.75, cachedShare: 0.9 })).toBe(3.5);
  });

  it('clamps shares outside 0–1', () => {
    expect(blendedPrice(miniPrice, { inputShare: 2, cachedShare: -1 })).toBe(0.4);
    expect(blendedPrice(miniPrice, { inputShare: Number.NaN, cachedShare: 0 })).toBe(1.6);
  });
});

describe('monthlyCost', () => {
  const usage = { inputTokens: 100_000_000, outputTokens: 33_000_000, cachedShare: 0 };

  it('prices a month of tokens in USD', () => {
    expect(monthlyCost(miniPrice, usage)).toBe(92.8);
    expect(monthlyCost(nanoPrice, usage)).toBe(23.2);
    expect(monthlyCost(miniPrice, { ...usage, cachedShare: 0.5 })).toBe(77.8);
    expect(monthlyCost(miniPrice, { inputTokens: 0, outputTokens: 0, cachedShare: 0 })).toBe(0);
  });

  it('finds the cheapest priced model and leaves unpriced ones out', () => {
    const mini = model('a/mini', miniPrice);
    const nano = model('a/nano', nanoPrice);
    const unpriced = model('a/unpriced');
    expect(monthlyCosts([mini, unpriced, nano], usage).map((c) => [c.model.id, c.usd])).toEqual([
      ['a/mini', 92.8],
      ['a/nano', 23.2],
    ]);
    expect(cheapest([mini, unpriced, nano], usage)).toEqual({ model: nano, usd: 23.2 });
    expect(cheapest([unpriced], usage)).toBeUndefined();
    expect(cheapest([mini, model('a/twin', miniPrice)], usage)?.model).toBe(mini);
  });
});

describe('money in words', () => {
  it('keeps the half cent of a blended price, and cents of a monthly bill', () => {
    expect([0.7, 0.175, 3.5, 0.075, 12].map(formatBlendedUsd)).toEqual([
      '$0.70',
      '$0.175',
      '$3.50',
      '$0.075',
      '$12.00',
    ]);
    expect([92.8, 1234.567, 0].map(formatMonthlyUsd)).toEqual(['$92.80', '$1,234.57', '$0.00']);
  });
});

describe('mixRatio', () => {
  it.each([
    [0.75, '3:1'],
    [0.5, '1:1'],
    [0.25, '1:3'],
    [0.8, '4:1'],
    [1, 'input only'],
    [0, 'output only'],
  ])('names an input share of %s "%s"', (inputShare, label) => {
    expect(mixRatio({ inputShare })).toBe(label);
  });
});
