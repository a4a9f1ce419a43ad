import { describe, expect, it } from 'vitest';
import {
  Dataset,
  HttpsUrl,
  isOnScale,
  MAX_PRICE_PER_MILLION,
  Model,
  Price,
  Source,
  UnitPrice,
} from '../../lib/data/schema';
import { testCitation, testModel } from '../support/models';

describe('HttpsUrl', () => {
  it.each([
    'https://openrouter.ai/api/v1/models',
    'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    'https://acme.example/prices#rocket-1',
  ])('takes %s', (url) => {
    expect(HttpsUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    [' https://example.com/', 'https://example.com/'],
    ['https://example.com/\nabout', 'https://example.com/about'],
  ])('keeps %j as the plain link a browser reads, %j', (url, plain) => {
    expect(HttpsUrl.safeParse(url).data).toBe(plain);
  });

  it.each([
    ['another scheme', 'javascript:alert(1)'],
    ['plain http', 'http://example.com/'],
    ['a protocol-relative link', '//example.com/'],
    ['https without slashes, which a browser reads as a link to the host', 'https:example.com'],
    ['backslashes for slashes', 'https:\\\\example.com'],
    ['a leading control character, which a browser skips', '\u0000https://example.com/'],
    ['a link of 3,000 characters', `https://example.com/${'a'.repeat(3_000)}`],
  ])('refuses %s', (_, url) => {
    expect(HttpsUrl.safeParse(url).success).toBe(false);
  });
});

describe('Price', () => {
  const cited = { source: 'openrouter', asOf: '2026-11-29' };

  it.each([
    ['a negative price', -0.1],
    ['a price over the dearest model’s several times', MAX_PRICE_PER_MILLION + 1],
    ['a price per token read as per million', 1e21],
    ['an infinite price', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
  ])('refuses %s', (_, input) => {
    expect(Price.safeParse({ input, output: 1, ...cited }).success).toBe(false);
  });

  it('takes a free model and the dearest listed one', () => {
    expect(Price.safeParse({ input: 0, output: 0, ...cited }).success).toBe(true);
    expect(Price.safeParse({ input: 150, output: 600, ...cited }).success).toBe(true);
  });
});

describe('UnitPrice', () => {
  const cited = { source: 'litellm', asOf: '2026-07-24' };

  it.each([
    [0.006, 'minute'],
    [0.04, 'image'],
    [15, 'million-characters'],
  ])('takes $%s per %s', (usd, per) => {
    expect(UnitPrice.safeParse({ usd, per, ...cited }).success).toBe(true);
  });

  it.each([
    ['a free unit, which would read as a price of nothing', { usd: 0, per: 'minute' }],
    ['a negative price', { usd: -0.01, per: 'image' }],
    ['a unit of its own', { usd: 0.006, per: 'second' }],
    ['no unit', { usd: 0.006 }],
  ])('refuses %s', (_, price) => {
    expect(UnitPrice.safeParse({ ...price, ...cited }).success).toBe(false);
  });
});

describe('isOnScale', () => {
  it.each([
    [65, 'percent', true],
    [0, 'percent', true],
    [100, 'index', true],
    [1380.9, 'elo', true],
    [-1, 'percent', false],
    [100.1, 'percent', false],
    [1480, 'index', false],
    [0, 'elo', false],
    [-1300, 'elo', false],
  ] as const)('%d on a %s scale: %s', (value, unit, onScale) => {
    expect(isOnScale(value, unit)).toBe(onScale);
  });
});

describe('text lengths', () => {
  const source = { id: 'acme', name: 'Acme', url: 'https://acme.example/', kind: 'vendor', licence: 'MIT' };

  it('takes names of up to 200 characters and notes of up to 1,000', () => {
    expect(Model.safeParse(testModel('acme/x', { name: 'x'.repeat(200) })).success).toBe(true);
    expect(Source.safeParse({ ...source, attribution: 'a'.repeat(1_000) }).success).toBe(true);
  });

  it.each([
    ['a model name of 201 characters', Model, testModel('acme/x', { name: 'x'.repeat(201) })],
    ['a source name of 2 MB', Source, { ...source, name: 'x'.repeat(2 * 1024 * 1024) }],
    ['an attribution of 1,001 characters', Source, { ...source, attribution: 'a'.repeat(1_001) }],
    ['a source id of 101 characters', Source, { ...source, id: 'a'.repeat(101) }],
    [
      'a note of 1,001 characters',
      Price,
      { input: 1, output: 2, source: 'acme', asOf: '2026-11-01', note: 'n'.repeat(1_001) },
    ],
  ])('refuses %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('series and status', () => {
  const registries = {
    schemaVersion: 1,
    version: '2026-12-01',
    providers: [{ id: 'acme', name: 'Acme', url: 'https://acme.example/' }],
    sources: [{ id: 'test', name: 'Test', url: 'https://acme.example/', kind: 'vendor', licence: 'MIT' }],
    benchmarks: [],
  };
  const series = {
    id: 'rocket-1',
    name: 'Rocket 1',
    provider: 'acme',
    aliases: ['rocket1'],
    members: ['acme/rocket-1-mini'],
  };
  const status = { stage: 'retired', date: '2026-06-01', successor: 'acme/rocket-2', ...testCitation };

  it('takes a model in a series that lists it, with a cited status', () => {
    const model = testModel('acme/rocket-1-mini', { series: 'rocket-1', tier: 'mini', status: status as never });
    expect(Dataset.safeParse({ ...registries, series: [series], models: [model] }).success).toBe(true);
  });

  it('gives a dataset without series an empty list', () => {
    expect(Dataset.parse({ ...registries, models: [testModel('acme/rocket-1-mini')] }).series).toEqual([]);
  });

  it.each([
    ['a model naming a series that does not list it', { series: [{ ...series, members: [] as string[] }] }, {}],
    ['a series with an unknown member', { series: [{ ...series, members: ['acme/nope'] }] }, {}],
    ['a model naming an unknown series', { series: [] }, {}],
    ['a status without a citation', { series: [series] }, { status: { stage: 'preview' } }],
    ['a model as its own successor', { series: [series] }, { status: { ...status, successor: 'acme/rocket-1-mini' } }],
    [
      'a model priced both per token and per unit',
      { series: [series] },
      {
        price: { input: 1, output: 2, ...testCitation },
        unitPrice: { usd: 0.006, per: 'minute', ...testCitation },
      },
    ],
  ])('refuses %s', (_, extra, figures) => {
    const model = testModel('acme/rocket-1-mini', { series: 'rocket-1', ...(figures as object) });
    expect(Dataset.safeParse({ ...registries, ...extra, models: [model] }).success).toBe(false);
  });
});
