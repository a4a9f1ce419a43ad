import { describe, expect, it } from 'vitest';
import { datasetFileUpdate } from '../../../lib/data/sources/dataset-file';
import { SourceError } from '../../../lib/data/sources/types';
import { ACME, ACME_PRICING, CONTRACT_GPT_41_MINI } from '../../support/source-shapes';

const fetchedAt = new Date('2026-11-29T08:30:00Z');

const rocket = {
  id: 'acme/rocket-1',
  name: 'Rocket 1',
  provider: 'acme',
  openWeights: false,
  modalities: { input: ['text'], output: ['text'] },
  aliases: ['rocket-1', 'Rocket 1'],
  ambiguousAliases: ['R1'],
  price: { input: 1, output: 4, source: 'acme-pricing', asOf: '2026-11-01' },
  scores: { 'gpqa-diamond': { value: 70, source: 'acme-pricing', asOf: '2026-11-01' } },
};

/** A team's file in the dataset format: a negotiated price, one model of its own, and mistakes. */
const teamFile = {
  schemaVersion: 1,
  version: '2026-11-28',
  providers: [ACME, { id: 'broken', name: 'Broken', url: 'http://insecure.example' }],
  sources: [ACME_PRICING],
  benchmarks: [],
  models: [
    CONTRACT_GPT_41_MINI,
    rocket,
    { ...rocket, name: 'A second Rocket 1' },
    { id: 'acme/no-modalities', name: 'No modalities', provider: 'acme', openWeights: false, aliases: [] },
    { ...rocket, id: 'acme/negative', price: { ...rocket.price, input: -1 } },
  ],
};

describe('datasetFileUpdate', () => {
  const { update, registry } = datasetFileUpdate(teamFile, {
    source: 'custom',
    fetchedAt,
    url: 'https://team.example/modelpeek.json',
  });

  it('turns each valid model into a patch that keeps the file’s own citations', () => {
    expect(update.source).toBe('custom');
    expect(update.fetchedAt).toBe('2026-11-29T08:30:00.000Z');
    expect(update.patches.map((p) => p.id)).toEqual(['openai/gpt-4.1-mini', 'acme/rocket-1']);
    expect(update.patches[0]?.price).toEqual(CONTRACT_GPT_41_MINI.price);
    expect(update.patches[1]).toMatchObject({ name: 'Rocket 1', scores: rocket.scores });
    expect(update.patches[1]).not.toHaveProperty('ambiguousAliases');
  });

  it('brings the file’s valid registry entries, and registers `custom` at the file’s address', () => {
    expect(registry.providers.map((p) => p.id)).toEqual(['acme']);
    expect(registry.sources).toEqual([
      teamFile.sources[0],
      {
        id: 'custom',
        name: 'Custom dataset',
        url: 'https://team.example/modelpeek.json',
        kind: 'aggregator',
        licence: 'as stated by its publisher',
      },
    ]);
  });

  it('reads a partial file: models alone, with no registry lists', () => {
    const partial = { schemaVersion: 1, models: [teamFile.models[0]] };
    const result = datasetFileUpdate(partial, { source: 'published', fetchedAt });
    expect(result.update.source).toBe('published');
    expect(result.update.patches).toHaveLength(1);
    expect(result.registry).toEqual({ providers: [], sources: [], benchmarks: [] });
  });

  it.each([
    ['a list', [], 'The published dataset is not a ModelPeek dataset'],
    ['an HTML page', '<!doctype html>', 'not a ModelPeek dataset'],
    ['a file without models', { schemaVersion: 1, providers: [] }, 'not a ModelPeek dataset'],
    ['another format version', { ...teamFile, schemaVersion: 2 }, 'format version 2; this version of ModelPeek reads'],
    ['a file whose every model is invalid', { schemaVersion: 1, models: [{ id: 'Bad Id' }] }, 'has no valid model'],
  ])('throws a SourceError in words for %s', (_, body, words) => {
    const read = () => datasetFileUpdate(body, { source: 'published', fetchedAt });
    expect(read).toThrow(SourceError);
    expect(read).toThrow(words);
  });

  it('refuses a custom file served over plain http', () => {
    const read = () => datasetFileUpdate(teamFile, { source: 'custom', fetchedAt, url: 'http://team.example/a.json' });
    expect(read).toThrow('The custom dataset must be served over https');
  });
});
