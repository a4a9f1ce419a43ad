import { describe, expect, it } from 'vitest';
import { mergeDataset } from '../../lib/data/merge';
import { describePriceChange, PriceChange, priceChanges, recentPriceChange } from '../../lib/data/price-history';
import { readCuratedDataset } from '../../scripts/support/dataset';

const bundled = readCuratedDataset();
const MINI = 'openai/gpt-4.1-mini';

function change(date: string, side: 'input' | 'output', old: number, now: number): PriceChange {
  return { modelId: MINI, date, side, old, new: now };
}

describe('priceChanges', () => {
  it('lists each changed side of each model priced before and after', () => {
    const priced = (input: number) =>
      mergeDataset(bundled, [
        {
          source: 'openrouter',
          fetchedAt: '2026-11-29T08:30:00Z',
          patches: [{ id: MINI, price: { input, output: 1.6, source: 'openrouter', asOf: '2026-11-29' } }],
        },
      ]);
    const changes = priceChanges(priced(0.4), priced(0.2), '2026-11-29');
    expect(changes).toEqual([{ modelId: MINI, date: '2026-11-29', side: 'input', old: 0.4, new: 0.2 }]);
    expect(changes.every((c) => PriceChange.safeParse(c).success)).toBe(true);
  });

  it('sees no change between a dataset and itself, nor for a model priced on one side only', () => {
    expect(priceChanges(bundled, bundled, '2026-11-29')).toEqual([]);
    const unpriced = { ...bundled, models: bundled.models.map(({ price: _price, ...model }) => model) };
    expect(priceChanges(unpriced, bundled, '2026-11-29')).toEqual([]);
  });
});

describe('recentPriceChange', () => {
  const history = [
    change('2026-09-01', 'output', 2, 1.6),
    change('2026-11-10', 'input', 0.5, 0.4),
    change('2026-11-10', 'output', 2, 1.6),
    change('2026-11-20', 'input', 0.4, 0.2),
    { ...change('2026-11-28', 'output', 1.6, 0.8), modelId: 'openai/gpt-4.1-nano' },
  ];

  it.each<[string, string, number | undefined, PriceChange | undefined]>([
    ['the newest within 30 days', '2026-11-29', undefined, history[3]],
    ['the output side when both changed that day', '2026-11-15', undefined, history[2]],
    ['nothing older than the window', '2026-11-29', 5, undefined],
    ['nothing dated after today', '2026-09-05', undefined, history[0]],
    ['nothing at all long after', '2027-06-01', undefined, undefined],
  ])('finds %s', (_, today, withinDays, expected) => {
    expect(recentPriceChange(history, MINI, today, withinDays)).toEqual(expected);
  });
});

describe('describePriceChange', () => {
  it.each([
    [change('2026-11-29', 'output', 1.6, 0.8), 'price cut 50% on 2026-11-29'],
    [change('2026-11-29', 'output', 0.8, 1), 'price up 25% on 2026-11-29'],
    [change('2026-11-29', 'input', 0.4, 0.2), 'input price cut 50% on 2026-11-29'],
    [change('2026-11-29', 'output', 3, 2), 'price cut 33% on 2026-11-29'],
    [change('2026-11-29', 'output', 3, 3.001), 'price up <1% on 2026-11-29'],
    [change('2026-11-29', 'input', 0, 0.1), 'input price up from free on 2026-11-29'],
  ])('%o → "%s"', (priceChange, text) => {
    expect(describePriceChange(priceChange)).toBe(text);
  });
});
