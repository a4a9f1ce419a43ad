import { describe, expect, it } from 'vitest';
import { MAX_RELATED, MIN_RELATED, relatedComparisons } from '../../lib/compare/related';
import type { Model, Series } from '../../lib/data/schema';
import { testCitation as cite, testModel } from '../support/models';

const priced = (id: string, price: number, figures: Partial<Model> = {}) =>
  testModel(id, { name: id.split('/')[1], price: { input: price, output: price, ...cite }, ...figures });

const small = priced('acme/small', 0.1, { series: 'acme-one' });
const medium = priced('acme/medium', 0.4, { series: 'acme-one' });
const large = priced('acme/large', 2, { series: 'acme-one' });
const old = priced('acme/old', 20, {
  status: { stage: 'retired', date: '2024-01-04', successor: 'acme/large', ...cite },
});
const rivals = [
  priced('other/cheap', 0.09),
  priced('other/mid', 0.5),
  priced('other/dear', 2.2),
  priced('third/mid', 0.35),
  priced('third/gone', 0.4, { status: { stage: 'retired', ...cite } }),
  priced('third/embed', 0.4, { kind: 'embedding' }),
];
const series: Series[] = [
  {
    id: 'acme-one',
    name: 'Acme One',
    provider: 'acme',
    aliases: [],
    members: ['acme/small', 'acme/medium', 'acme/large'],
  },
];
const catalog = { models: [small, medium, large, old, ...rivals], series };
const words = (pairs: { ids: string[]; reason: string }[]) => pairs.map((p) => `${p.ids.join(' vs ')}: ${p.reason}`);

describe('related comparisons', () => {
  it('says siblings are siblings, and offers the next tiers up and down, then the rivals by price', () => {
    const related = relatedComparisons([medium, small], catalog);
    expect(related.sibling).toBe('Sibling matchup inside the Acme One family');
    expect(words(related.pairs)).toEqual([
      'acme/medium vs acme/large: large is a tier up from medium',
      'acme/small vs acme/large: large is a tier up from small',
      'acme/medium vs third/mid: mid is the closest in price to medium',
      'acme/small vs other/cheap: cheap is the closest in price to small',
    ]);
  });

  it("offers a model's successor, and never a retired model or one of another kind as a rival", () => {
    const related = relatedComparisons([old, medium], catalog);
    expect(related.sibling).toBeUndefined();
    const offered = words(related.pairs);
    expect(offered).toContain('acme/old vs acme/large: large succeeds old');
    expect(offered).toContain('acme/medium vs acme/small: small is a tier down from medium');
    expect(offered.join('\n')).not.toMatch(/third\/gone|third\/embed/);
    expect(related.pairs.length).toBeGreaterThanOrEqual(MIN_RELATED);
  });

  it('never offers the pair itself or one pair twice, and at most a few', () => {
    const related = relatedComparisons([small, large], catalog);
    const keys = related.pairs.map((p) => [...p.ids].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('acme/large acme/small');
    expect(related.pairs.length).toBeLessThanOrEqual(MAX_RELATED);
    expect(words(related.pairs).slice(0, 2)).toEqual([
      'acme/small vs acme/medium: medium is a tier up from small',
      'acme/large vs acme/medium: medium is a tier down from large',
    ]);
  });

  it('finds rivals by price alone for models of no series', () => {
    const related = relatedComparisons([rivals[0] as Model, rivals[2] as Model], catalog);
    expect(related.pairs).toHaveLength(MIN_RELATED);
    expect(words(related.pairs)[0]).toBe('other/cheap vs acme/small: small is the closest in price to cheap');
  });
});
