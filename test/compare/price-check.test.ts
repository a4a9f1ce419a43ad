import { describe, expect, it } from 'vitest';
import { checkStatedPrices, describePriceCheck } from '../../lib/compare/price-check';
import type { Price } from '../../lib/data/schema';
import { readStatedPrices } from '../../lib/detect/stated-prices';

const price = (input: number, output: number, cachedInput?: number): Price => ({
  input,
  output,
  ...(cachedInput === undefined ? {} : { cachedInput }),
  source: 'openrouter',
  asOf: '2026-08-01',
});
const CITED = 'OpenRouter, 2026-08-01';
const say = (text: string, listed: Price, retired = false) => {
  const check = checkStatedPrices(readStatedPrices(text), listed);
  return check && describePriceCheck(check, CITED, retired);
};

describe('checking the prices a page states', () => {
  it('says the page is out of date, with the price now and its source', () => {
    expect(say('GPT-4o costs $5.00 per 1M input tokens.', price(2.5, 10))).toBe(
      'This page says $5.00 input; now $2.50 (OpenRouter, 2026-08-01)',
    );
  });

  it('says so for both sides', () => {
    expect(say('$5 / $15 per million', price(2.5, 10))).toBe(
      'This page says $5.00 input, $15.00 output; now $2.50, $10.00 (OpenRouter, 2026-08-01)',
    );
  });

  it('says it matches, within the rounding pages do', () => {
    expect(say('$0.15/M in, $0.60/M out', price(0.15, 0.6))).toBe(
      'Price on this page matches: $0.15 input, $0.60 output (OpenRouter, 2026-08-01)',
    );
    expect(say('$0.0004 per 1K input tokens', price(0.4, 1.6))).toBe(
      'Price on this page matches: $0.40 input (OpenRouter, 2026-08-01)',
    );
    expect(say('$1.10 per 1M input tokens', price(1.1045, 4.4))).toMatch(/^Price on this page matches/);
  });

  it('reads a price per 1K tokens as per 1M', () => {
    expect(say('text-davinci-003 is $0.0200 per 1,000 tokens', price(20, 20), true)).toBe(
      'Price on this page matches: $20.00 per 1M tokens (OpenRouter, 2026-08-01)',
    );
    expect(say('gpt-3.5-turbo costs 0.002 per 1K tokens', price(0.5, 1.5))).toBeUndefined();
  });

  it("compares an unsided price only with a model that has one price, and says a retired model's is its last", () => {
    expect(say('0.002 per 1K tokens', price(20, 20), true)).toBe(
      'This page says $2.00 per 1M tokens; last listed $20.00 (OpenRouter, 2026-08-01)',
    );
  });

  it('compares a cached price only with a listed cached price', () => {
    expect(say('$0.50 per 1M cached input tokens', price(2.5, 10, 1.25))).toBe(
      'This page says $0.50 cached input; now $1.25 (OpenRouter, 2026-08-01)',
    );
    expect(say('$0.50 per 1M cached input tokens', price(2.5, 10))).toBeUndefined();
  });

  it('leaves out a side the page states twice with different figures', () => {
    expect(say('$1.25/1M tokens (≤200K context), $2.50/1M tokens (>200K)', price(1.25, 1.25))).toBeUndefined();
    const check = checkStatedPrices(
      [
        { side: 'input', usdPerMillion: 5, text: '$5' },
        { side: 'input', usdPerMillion: 3, text: '$3' },
        { side: 'output', usdPerMillion: 15, text: '$15' },
      ],
      price(2.5, 10),
    );
    expect(check).toEqual({ prices: [{ side: 'output', stated: 15, listed: 10 }], holds: false });
  });

  it('has nothing to say without a listed price or a stated one', () => {
    expect(checkStatedPrices(readStatedPrices('$5 per 1M input tokens'), undefined)).toBeUndefined();
    expect(checkStatedPrices([], price(1, 2))).toBeUndefined();
  });
});
