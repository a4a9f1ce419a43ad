import { describe, expect, it } from 'vitest';
import { HttpsUrl, isOnScale, MAX_PRICE_PER_MILLION, Model, Price, Source } from '../../lib/data/schema';
import { testModel } from '../support/models';

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
