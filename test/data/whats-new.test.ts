import { describe, expect, it } from 'vitest';
import { hasUnseen, KEPT_ENTRIES, type NewsEntry, newsOf, withNews } from '../../lib/data/whats-new';
import { testCitation as cite, testDataset as dataset, testModel } from '../support/models';

const priced = (id: string, input: number, output: number) =>
  testModel(id, { name: id.split('/')[1], price: { input, output, ...cite } });

const before = dataset([priced('acme/mini', 0.4, 1.6), priced('acme/nano', 0.1, 0.4)]);
const after = dataset([priced('acme/mini', 0.4, 0.8), priced('acme/nano', 0.1, 0.4), priced('acme/new', 1, 2)]);
const at = (iso: string) => new Date(iso);

describe("What's new", () => {
  it('says which models a refresh added and which prices it changed', () => {
    expect(newsOf(before, after, at('2026-12-06T10:00:00Z'))).toEqual({
      at: '2026-12-06T10:00:00.000Z',
      added: [{ id: 'acme/new', name: 'new' }],
      addedCount: 1,
      prices: [{ id: 'acme/mini', name: 'mini', side: 'output', old: 1.6, new: 0.8 }],
      pricesCount: 1,
    });
    expect(newsOf(before, before, at('2026-12-06T10:00:00Z'))).toBeUndefined();
  });

  it('lists twenty of many and counts them all', () => {
    const many = dataset([...before.models, ...Array.from({ length: 30 }, (_, i) => priced(`acme/m${i}`, 1, 1))]);
    const entry = newsOf(before, many, at('2026-12-06T10:00:00Z'));
    expect([entry?.added.length, entry?.addedCount]).toEqual([20, 30]);
  });

  it('keeps the newest first, one entry a day, a price changed twice at its latest', () => {
    const day = (iso: string, entry: Partial<NewsEntry>): NewsEntry => ({
      at: iso,
      added: [],
      addedCount: 0,
      prices: [],
      pricesCount: 0,
      ...entry,
    });
    const morning = day('2026-12-06T08:00:00.000Z', {
      added: [{ id: 'acme/a', name: 'A' }],
      addedCount: 1,
      prices: [{ id: 'acme/mini', name: 'mini', side: 'output', old: 1.6, new: 1.2 }],
      pricesCount: 1,
    });
    const evening = day('2026-12-06T20:00:00.000Z', {
      added: [
        { id: 'acme/a', name: 'A' },
        { id: 'acme/b', name: 'B' },
      ],
      addedCount: 2,
      prices: [{ id: 'acme/mini', name: 'mini', side: 'output', old: 1.2, new: 0.8 }],
      pricesCount: 1,
    });
    const yesterday = day('2026-12-05T08:00:00.000Z', { addedCount: 1, added: [{ id: 'acme/z', name: 'Z' }] });
    const kept = withNews(withNews([yesterday], morning), evening);
    expect(kept.map((e) => e.at)).toEqual(['2026-12-06T20:00:00.000Z', '2026-12-05T08:00:00.000Z']);
    expect(kept[0]?.added.map((m) => m.id)).toEqual(['acme/a', 'acme/b']);
    expect(kept[0]?.addedCount).toBe(2);
    expect(kept[0]?.prices).toEqual([{ id: 'acme/mini', name: 'mini', side: 'output', old: 1.2, new: 0.8 }]);
    expect(kept[0]?.pricesCount).toBe(1);
    let long: NewsEntry[] = [];
    for (let d = 1; d <= 15; d++) long = withNews(long, day(`2026-11-${String(d).padStart(2, '0')}T08:00:00.000Z`, {}));
    expect(long).toHaveLength(KEPT_ENTRIES);
    expect(long[0]?.at.slice(0, 10)).toBe('2026-11-15');
  });

  it('has news unseen until the reader has seen the newest entry', () => {
    const entries = [newsOf(before, after, at('2026-12-06T10:00:00Z')) as NewsEntry];
    expect(hasUnseen({ entries: [] })).toBe(false);
    expect(hasUnseen({ entries })).toBe(true);
    expect(hasUnseen({ entries, seenAt: '2026-12-06T10:00:00.000Z' })).toBe(false);
    expect(hasUnseen({ entries, seenAt: '2026-12-05T10:00:00.000Z' })).toBe(true);
  });
});
