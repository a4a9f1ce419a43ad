import { describe, expect, it } from 'vitest';
import { mergeDataset } from '../../lib/data/merge';
import { Dataset } from '../../lib/data/schema';
import { datasetFileUpdate } from '../../lib/data/sources/dataset-file';
import { liteLlmUpdate } from '../../lib/data/sources/litellm';
import { openRouterUpdate } from '../../lib/data/sources/openrouter';
import type { LiveSourceId, ModelPatch, SourceUpdate } from '../../lib/data/sources/types';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { readCuratedDataset } from '../../scripts/support/dataset';
import {
  liteLlmCostMap,
  liteLlmEntry,
  openRouterAnswer,
  openRouterArchitecture,
  openRouterModel,
} from '../support/source-shapes';

const bundled = readCuratedDataset();
const fetchedAt = new Date('2026-11-29T08:30:00Z');
const context = { models: bundled.models, fetchedAt };
const MINI = 'openai/gpt-4.1-mini';

function modelOf(dataset: Dataset, id: string) {
  return dataset.models.find((model) => model.id === id);
}

/**
 * An update whose only patch gives GPT-4.1 mini this input price (output four times it). The
 * citation is any registered source's: precedence goes by which source gave the figure.
 */
function priced(source: LiveSourceId, input: number): SourceUpdate {
  const price = { input, output: input * 4, source: 'models-dev', asOf: '2026-11-29' };
  return { source, fetchedAt: fetchedAt.toISOString(), patches: [{ id: MINI, price }] };
}

function update(source: LiveSourceId, ...patches: ModelPatch[]): SourceUpdate {
  return { source, fetchedAt: fetchedAt.toISOString(), patches };
}

/** OpenRouter's answer: GPT-4.1 mini at a new price, and a model the dataset lacks. */
const openRouter = openRouterUpdate(
  openRouterAnswer(
    openRouterModel(MINI, {
      canonical_slug: 'openai/gpt-4.1-mini-2025-04-14',
      name: 'OpenAI: GPT-4.1 Mini',
      created: 1744651385,
      context_length: 1047576,
      architecture: openRouterArchitecture(['text', 'image', 'file'], ['text']),
      pricing: { prompt: '0.0000002', completion: '0.0000008' },
      top_provider: { context_length: 1047576, max_completion_tokens: 32768, is_moderated: true },
      benchmarks: { artificial_analysis: { intelligence_index: 99, coding_index: 20.2 } },
    }),
    openRouterModel('nova-labs/comet-2-pro', {
      canonical_slug: 'nova-labs/comet-2-pro-20261101',
      hugging_face_id: null,
      name: 'Nova Labs: Comet 2 Pro',
      created: 1795478400,
      context_length: 200000,
      architecture: openRouterArchitecture(['text', 'image'], ['text']),
      pricing: { prompt: '0.000001', completion: '0.000005' },
      top_provider: { context_length: 200000, max_completion_tokens: null, is_moderated: false },
      benchmarks: { artificial_analysis: { intelligence_index: 41.5, coding_index: null } },
    }),
    // Listed apart by OpenRouter once, folded into openai/gpt-4 by the dataset.
    openRouterModel('openai/gpt-4-0314', {
      name: 'OpenAI: GPT-4 (older v0314)',
      context_length: 8191,
      architecture: openRouterArchitecture(['text'], ['text']),
      pricing: { prompt: '0.00003', completion: '0.00006' },
    }),
  ),
  context,
);

const liteLlm = liteLlmUpdate(
  liteLlmCostMap({
    'gpt-4.1-mini': liteLlmEntry('openai', 3e-7, 1.2e-6, { max_input_tokens: 1047576, max_output_tokens: 32768 }),
  }),
  context,
);

describe('mergeDataset', () => {
  it('returns the bundled dataset unchanged without updates, keeping its version', () => {
    expect(mergeDataset(bundled, [])).toEqual(bundled);
  });

  it('gives a known model the live figures, and leaves the other models as they were', () => {
    const merged = mergeDataset(bundled, [openRouter]);
    expect(modelOf(merged, MINI)?.price).toEqual({
      input: 0.2,
      output: 0.8,
      source: 'openrouter',
      asOf: '2026-11-29',
      url: 'https://openrouter.ai/openai/gpt-4.1-mini',
    });
    expect(modelOf(merged, MINI)?.speed).toEqual(modelOf(bundled, MINI)?.speed);
    expect(modelOf(merged, 'openai/gpt-4.1-nano')).toEqual(modelOf(bundled, 'openai/gpt-4.1-nano'));
    expect(merged.version).toBe(bundled.version);
  });

  it.each<[string, LiveSourceId[], number]>([
    ['published over bundled', ['published'], 0.11],
    ['openrouter over published', ['openrouter', 'published'], 0.22],
    ['litellm over openrouter', ['litellm', 'openrouter', 'published'], 0.33],
    ['custom over litellm', ['litellm', 'custom', 'openrouter'], 0.44],
    ['custom over all, in any order', ['custom', 'published', 'litellm', 'openrouter'], 0.44],
  ])('takes prices by precedence: %s', (_, sources, input) => {
    const prices: Record<LiveSourceId, number> = { published: 0.11, openrouter: 0.22, litellm: 0.33, custom: 0.44 };
    const updates = sources.map((source) => priced(source, prices[source]));
    const merged = mergeDataset(bundled, updates);
    expect(modelOf(merged, MINI)?.price).toMatchObject({ input, output: input * 4 });
  });

  it('applies the real adapters by precedence too: LiteLLM’s price over OpenRouter’s', () => {
    expect(modelOf(mergeDataset(bundled, [liteLlm, openRouter]), MINI)?.price).toMatchObject({
      input: 0.3,
      source: 'litellm',
    });
  });

  it('keeps bundled scores, adds the scores a model lacks, and lets custom replace any', () => {
    // GPT-4.1 mini as bundled, with an AA intelligence index and GPQA but no AA coding index.
    const held = {
      'gpqa-diamond': { value: 65, source: 'simple-evals', asOf: '2025-07-09' },
      'aa-intelligence-index': { value: 14.8, source: 'artificial-analysis', asOf: '2026-08-21' },
    };
    const base = {
      ...bundled,
      models: bundled.models.map((model) => (model.id === MINI ? { ...model, scores: held } : model)),
    };
    const scores = modelOf(mergeDataset(base, [openRouter]), MINI)?.scores;
    expect(scores?.['aa-intelligence-index']).toEqual(held['aa-intelligence-index']);
    expect(scores?.['aa-coding-index']).toMatchObject({ value: 20.2, source: 'artificial-analysis' });

    const gpqa = { value: 71, source: 'llm-stats', asOf: '2026-11-20' };
    const published = mergeDataset(base, [update('published', { id: MINI, scores: { 'gpqa-diamond': gpqa } })]);
    expect(modelOf(published, MINI)?.scores['gpqa-diamond']).toEqual(held['gpqa-diamond']);
    const custom = mergeDataset(base, [update('custom', { id: MINI, scores: { 'gpqa-diamond': gpqa } })]);
    expect(modelOf(custom, MINI)?.scores['gpqa-diamond']).toEqual(gpqa);
  });

  it('lets a new model join, found by its OpenRouter id and its name, with a provider entry', () => {
    const merged = mergeDataset(bundled, [openRouter]);
    const comet = modelOf(merged, 'nova-labs/comet-2-pro');
    expect(comet).toMatchObject({
      name: 'Comet 2 Pro',
      provider: 'nova-labs',
      openWeights: false,
      releaseDate: '2026-11-24',
      modalities: { input: ['text', 'image'], output: ['text'] },
      limits: { context: 200000 },
      scores: { 'aa-intelligence-index': { value: 41.5 } },
    });
    expect(merged.providers).toContainEqual({
      id: 'nova-labs',
      name: 'nova-labs',
      url: 'https://openrouter.ai/nova-labs',
    });
    const match = createMatcher(buildAliasIndex(merged.models));
    for (const text of ['route nova-labs/comet-2-pro here', 'Comet 2 Pro is out', 'pinned to comet-2-pro-20261101']) {
      expect(match(text).map((mention) => mention.modelId)).toEqual(['nova-labs/comet-2-pro']);
    }
  });

  it('does not add as new a model the dataset already names by that id', () => {
    const merged = mergeDataset(bundled, [openRouter]);
    expect(modelOf(merged, 'openai/gpt-4-0314')).toBeUndefined();
    expect(modelOf(merged, 'openai/gpt-4')?.price).toEqual(modelOf(bundled, 'openai/gpt-4')?.price);
  });

  it('extends a known model’s aliases by the source’s ids, never by a form of another model', () => {
    const merged = mergeDataset(bundled, [
      update('litellm', { id: MINI, aliases: ['gpt-4.1-nano', 'GPT-4.1 Mini', 'openai/gpt-4.1-mini-turbo-test'] }),
    ]);
    const added = modelOf(merged, MINI)?.aliases.slice(modelOf(bundled, MINI)?.aliases.length);
    expect(added).toEqual(['openai/gpt-4.1-mini-turbo-test']);
  });

  it('leaves out figures citing a source no registry knows, and scores of unknown benchmarks', () => {
    const patch = {
      id: MINI,
      price: { input: 9, output: 9, source: 'somewhere', asOf: '2026-11-29' },
      scores: { 'made-up-bench': { value: 1, source: 'openrouter', asOf: '2026-11-29' } },
    };
    const merged = mergeDataset(bundled, [update('custom', patch)]);
    expect(modelOf(merged, MINI)?.price).toEqual(modelOf(bundled, MINI)?.price);
    expect(modelOf(merged, MINI)?.scores).not.toHaveProperty('made-up-bench');
  });

  it.each([
    ['a negative percent', 'gpqa-diamond', -1],
    ['a percent over 100', 'gpqa-diamond', 6500],
    ['an index over 100', 'aa-coding-index', 1e21],
    ['an Elo rating of 0', 'arena-elo', 0],
  ])('leaves out a score off its benchmark’s scale: %s', (_, benchmark, value) => {
    const score = { value, source: 'openrouter', asOf: '2026-11-29' };
    const merged = mergeDataset(bundled, [update('custom', { id: MINI, scores: { [benchmark]: score } })]);
    expect(modelOf(merged, MINI)?.scores[benchmark]).toEqual(modelOf(bundled, MINI)?.scores[benchmark]);
    expect(() => Dataset.parse(merged)).not.toThrow();
  });

  it('reads a custom file’s figures through the registry it brings, `custom` included', () => {
    const file = datasetFileUpdate(
      {
        schemaVersion: 1,
        version: '2026-11-28',
        providers: [{ id: 'acme', name: 'Acme AI', url: 'https://acme.example/' }],
        sources: [],
        benchmarks: [],
        models: [
          {
            id: MINI,
            name: 'GPT-4.1 mini',
            provider: 'openai',
            openWeights: false,
            modalities: { input: ['text'], output: ['text'] },
            aliases: [],
            price: { input: 0.25, output: 1, source: 'custom', asOf: '2026-11-20', note: 'our contract' },
          },
          {
            id: 'acme/rocket-1',
            name: 'Rocket 1',
            provider: 'acme',
            openWeights: true,
            modalities: { input: ['text'], output: ['text'] },
            aliases: ['rocket-1'],
          },
        ],
      },
      { source: 'custom', fetchedAt, url: 'https://team.example/modelpeek.json' },
    );
    const merged = mergeDataset(bundled, [file.update, liteLlm], [file.registry]);
    expect(modelOf(merged, MINI)?.price).toMatchObject({ input: 0.25, source: 'custom', note: 'our contract' });
    expect(merged.sources.find((s) => s.id === 'custom')?.url).toBe('https://team.example/modelpeek.json');
    expect(merged.providers.find((p) => p.id === 'acme')?.name).toBe('Acme AI');
    expect(modelOf(merged, 'acme/rocket-1')?.openWeights).toBe(true);
    // Without the registry, no source `custom` is known: the price stays LiteLLM's.
    expect(modelOf(mergeDataset(bundled, [file.update, liteLlm]), MINI)?.price?.source).toBe('litellm');
  });

  it('never lets a registry rename what the dataset already names', () => {
    const renamed = { providers: [{ id: 'openai', name: 'Not OpenAI', url: 'https://example.com/' }] };
    const merged = mergeDataset(bundled, [], [{ ...renamed, sources: [], benchmarks: [] }]);
    expect(merged.providers.find((p) => p.id === 'openai')?.name).toBe('OpenAI');
  });

  it('gives a result that validates against the Dataset schema, whatever order the updates come in', () => {
    const published = datasetFileUpdate(structuredClone(bundled), { source: 'published', fetchedAt });
    const updates = [liteLlm, published.update, openRouter, priced('custom', 0.5)];
    const merged = mergeDataset(bundled, updates, [published.registry]);
    expect(() => Dataset.parse(merged)).not.toThrow();
    expect(mergeDataset(bundled, [...updates].reverse(), [published.registry])).toEqual(merged);
    expect(merged.models.length).toBe(bundled.models.length + 1);
  });
});
