import { describe, expect, it } from 'vitest';
import { seriesRows, tierOf } from '../../lib/compare/series';
import type { Benchmark } from '../../lib/data/schema';
import { testCitation as cite, testModel } from '../support/models';

const gpqa: Benchmark = {
  id: 'gpqa-diamond',
  name: 'GPQA Diamond',
  shortName: 'GPQA',
  category: 'knowledge',
  unit: 'percent',
  higherIsBetter: true,
  url: 'https://example.com',
};
const member = (id: string, name: string, figures: { price?: [number, number]; gpqa?: number; tier?: string }) =>
  testModel(id, {
    name,
    ...(figures.tier ? { tier: figures.tier } : {}),
    ...(figures.price ? { price: { input: figures.price[0], output: figures.price[1], ...cite } } : {}),
    scores: figures.gpqa === undefined ? {} : { 'gpqa-diamond': { value: figures.gpqa, ...cite } },
  });

const small = member('x/small', 'Llama 3.1 8B Instruct', { price: [0.05, 0.08], gpqa: 30 });
const medium = member('x/medium', 'Llama 3.1 70B Instruct', { price: [0.4, 0.4], gpqa: 45 });
const large = member('x/large', 'Llama 3.1 405B Instruct', { price: [3, 3], gpqa: 50, tier: '405B' });

/** The table as words: tier, overall, blended, and its marks. */
const table = (rows: ReturnType<typeof seriesRows>) =>
  rows.map((r) =>
    [r.tier, r.overall ?? '-', r.blended ?? '-', r.cheapest ? 'cheapest' : '', r.best ? 'best' : ''].join(' ').trim(),
  );

describe('a series as a table', () => {
  it('lists the members in order with their tier, overall and blended price, the cheapest and best marked', () => {
    expect(table(seriesRows('Llama 3.1', [small, medium, large], [gpqa]))).toEqual([
      '8B Instruct 30 0.0575 cheapest',
      '70B Instruct 45 0.4',
      '405B 50 3  best',
    ]);
  });

  it('marks nothing a single member alone has a figure for', () => {
    const unpriced = member('x/unpriced', 'Llama 3.1 70B', { gpqa: 45 });
    const unscored = member('x/unscored', 'Llama 3.1 405B', { price: [3, 3] });
    expect(table(seriesRows('Llama 3.1', [unpriced, unscored], [gpqa]))).toEqual(['70B 45 -', '405B - 3']);
  });

  it('marks the first of equals, the smaller member', () => {
    const twin = member('x/twin', 'Llama 3.1 8B Base', { price: [0.05, 0.08], gpqa: 50 });
    const rows = seriesRows('Llama 3.1', [small, twin, large], [gpqa]);
    expect(rows.map((r) => [r.cheapest, r.best])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('takes the tier the dataset gives, else the name without the series', () => {
    expect(tierOf(large, 'Llama 3.1')).toBe('405B');
    expect(tierOf(member('x/m', 'GPT-4.1 mini', {}), 'GPT-4.1')).toBe('mini');
    expect(tierOf(member('x/o', 'Other name', {}), 'GPT-4.1')).toBe('Other name');
    expect(tierOf(member('x/g', 'GPT-4.1', {}), 'GPT-4.1')).toBe('GPT-4.1');
  });
});
