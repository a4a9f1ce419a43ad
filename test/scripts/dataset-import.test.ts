import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Model } from '../../lib/data/schema';
import { readCuratedDataset, readDatasetHeader } from '../../scripts/support/dataset';
import { draftModels } from '../../scripts/support/draft-models';
import { openRouterView } from '../../scripts/support/openrouter-view';
import { readLiteLlm, readModelsDev } from '../../scripts/support/reference-snapshots';
import { importWorkspace } from '../support/import-workspace';
import { testModel } from '../support/models';
import {
  GPT_41_ON_OPENROUTER,
  liteLlmCostMap,
  liteLlmEntry,
  openRouterAnswer,
  openRouterArchitecture,
  openRouterModel,
} from '../support/source-shapes';

/** GPT-4.1 mini as curated, with a price and no limits: the import may add limits, never a price. */
const curatedMini: Model = testModel('openai/gpt-4.1-mini', {
  name: 'GPT-4.1 mini',
  aliases: ['gpt-4.1-mini', 'gpt-4.1-mini-2025-04-14'],
  price: { input: 0.4, output: 1.6, source: 'openrouter', asOf: '2026-08-01' },
});

/** GPT-4o as curated: OpenRouter's dated id for it is one of its aliases. */
const curated4o = testModel('openai/gpt-4o', { name: 'GPT-4o', aliases: ['gpt-4o', 'openai/gpt-4o-2024-08-06'] });

/** A small curated dataset: the real registry, two OpenAI models. */
function dataset(models: Model[] = [curatedMini, curated4o]) {
  return { ...readDatasetHeader(), series: [], models } as Dataset;
}

/** OpenRouter on 2026-08-01: GPT-4.1 mini at another price, a newcomer of a new provider, a router, floating ids. */
const openRouter = openRouterAnswer(
  openRouterModel('openai/gpt-4.1-mini', {
    name: 'OpenAI: GPT-4.1 Mini',
    ...GPT_41_ON_OPENROUTER,
    pricing: { prompt: '0.0000009', completion: '0.000003' },
  }),
  openRouterModel('acme-labs/anvil-2-mini', {
    name: 'Acme Labs: Anvil 2 Mini',
    hugging_face_id: 'acme-labs/Anvil-2-Mini',
    created: 1785110400,
    context_length: 262144,
    architecture: openRouterArchitecture(['text', 'image'], ['text']),
    pricing: { prompt: '0.0000001', completion: '0.0000004' },
    top_provider: { context_length: 262144, max_completion_tokens: 65536, is_moderated: false },
  }),
  openRouterModel('acme-labs/anvil-1', { name: 'Acme Labs: Anvil 1', created: 1767225600 }),
  openRouterModel('acme-labs/anvil-2', { name: 'Acme Labs: Anvil 2', created: 1785110400 }),
  openRouterModel('~acme-labs/anvil-latest', { name: 'Acme Labs: Anvil Latest', created: 1785200000 }),
  openRouterModel('acme-labs/sketch-1:free', {
    name: 'Acme Labs: Sketch 1 (free)',
    pricing: { prompt: '0', completion: '0' },
  }),
  openRouterModel('openrouter/auto', { name: 'Auto Router', pricing: { prompt: '-1', completion: '-1' } }),
  openRouterModel('openai/gpt-4o-2024-08-06', { name: 'OpenAI: GPT-4o (2024-08-06)' }),
);

/** LiteLLM's first-party entries: an older model, its dated snapshot, a retired one, a reseller's. */
const { last_updated: _, ...liteLlm } = liteLlmCostMap({
  'gpt-4-32k': liteLlmEntry('openai', 6e-5, 1.2e-4, { max_input_tokens: 32768, max_output_tokens: 4096 }),
  'gpt-4-32k-0613': liteLlmEntry('openai', 6e-5, 1.2e-4, { max_input_tokens: 32768, max_output_tokens: 4096 }),
  'gpt-4-1106-preview': liteLlmEntry('openai', 1e-5, 3e-5, { deprecation_date: '2026-03-26' }),
  'gpt-4.1-mini': liteLlmEntry('openai', 1e-6, 2e-6, { max_input_tokens: 1047576, max_output_tokens: 32768 }),
  'text-embedding-3-small': liteLlmEntry('openai', 2e-8, undefined, {
    mode: 'embedding',
    output_vector_size: 1536,
    supports_vision: false,
  }),
  'azure/gpt-35-turbo': liteLlmEntry('azure', 5e-7, 1.5e-6),
  'openai/sora-2': liteLlmEntry('openai', 0, 0, { mode: 'video_generation' }),
});

/** A models.dev provider file, as its TOML tree writes one. */
const modelsDevGpt4 = `name = "GPT-4"
family = "gpt"
release_date = "2023-03-14"
last_updated = "2024-04-09"
attachment = false
open_weights = false

[cost]
input = 30.00
output = 60.00

[limit]
context = 8_192
output = 8_192

[modalities]
input = ["text"]
output = ["text"]
`;

const { tempDir, run, dataDirWith } = importWorkspace();

/** A directory laid out as the reference snapshots are. */
function snapshotDir(): string {
  const dir = tempDir('snapshots-');
  mkdirSync(join(dir, 'openrouter'));
  writeFileSync(join(dir, 'openrouter/api-v1-models.2026-08-01.json'), JSON.stringify(openRouter));
  mkdirSync(join(dir, 'litellm'));
  writeFileSync(
    join(dir, 'litellm/model_prices_and_context_window.json'),
    JSON.stringify({ ...liteLlm, last_updated: '2026-07-24T18:23:43Z' }),
  );
  mkdirSync(join(dir, 'models.dev/providers/openai/models'), { recursive: true });
  writeFileSync(join(dir, 'models.dev/providers/openai/models/gpt-4.toml'), modelsDevGpt4);
  return dir;
}

function drafts(models?: Model[]) {
  const dir = snapshotDir();
  const data = dataset(models);
  const view = openRouterView(openRouter, '2026-08-01', data.models);
  return draftModels(data, view, [...readLiteLlm(dir), ...readModelsDev(dir)]);
}

describe('draftModels', () => {
  const result = drafts();
  const added = (id: string) => result.added.find((model) => model.id === id);

  it("drafts a model only OpenRouter lists, every figure cited to OpenRouter's snapshot and its day", () => {
    const cited = { source: 'openrouter', asOf: '2026-08-01', url: 'https://openrouter.ai/acme-labs/anvil-2-mini' };
    expect(added('acme-labs/anvil-2-mini')).toMatchObject({
      name: 'Anvil 2 Mini',
      provider: 'acme-labs',
      releaseDate: '2026-07-27',
      openWeights: true,
      modalities: { input: ['text', 'image'], output: ['text'] },
      aliases: expect.arrayContaining(['acme-labs/anvil-2-mini', 'anvil-2-mini']),
      limits: { context: 262144, maxOutput: 65536, ...cited },
      price: { input: 0.1, output: 0.4, ...cited },
    });
    expect(result.providers).toEqual([{ id: 'acme-labs', name: 'Acme Labs', url: 'https://openrouter.ai/acme-labs' }]);
  });

  it('leaves routers and the ids a curated model lists out, and drafts a model OpenRouter serves only for free without a price', () => {
    expect(added('openrouter/auto')).toBeUndefined();
    expect(added('openai/gpt-4o-2024-08-06')).toBeUndefined();
    expect(added('acme-labs/sketch-1')).toMatchObject({ name: 'Sketch 1' });
    expect(added('acme-labs/sketch-1')?.price).toBeUndefined();
  });

  it('never replaces a curated figure, and fills a group the curated model lacks', () => {
    const mini = result.updated.find(({ model }) => model.id === 'openai/gpt-4.1-mini');
    expect(mini?.model.price).toEqual(curatedMini.price);
    expect(mini?.model.limits).toMatchObject({ context: 1047576, source: 'openrouter', asOf: '2026-08-01' });
    expect(mini?.changes).toEqual(['limits']);
  });

  it('drafts a first-party LiteLLM model, its dated snapshot at the same price folded in as an alias', () => {
    expect(added('openai/gpt-4-32k')).toMatchObject({
      name: 'gpt-4-32k',
      aliases: ['gpt-4-32k', 'gpt-4-32k-0613'],
      limits: { context: 32768, maxOutput: 4096, source: 'litellm', asOf: '2026-07-24' },
      price: { input: 60, output: 120, source: 'litellm', asOf: '2026-07-24' },
    });
    expect(added('openai/gpt-4-32k-0613')).toBeUndefined();
  });

  it("gives a model LiteLLM's retirement day as its status: retired once the day is past the snapshot's", () => {
    expect(added('openai/gpt-4-1106-preview')?.status).toEqual({
      stage: 'retired',
      date: '2026-03-26',
      source: 'litellm',
      asOf: '2026-07-24',
    });
  });

  it('drafts an embedding model as one, with its vector size and an output that has no price', () => {
    expect(added('openai/text-embedding-3-small')).toMatchObject({
      kind: 'embedding',
      dimensions: [1536],
      modalities: { input: ['text'], output: ['embedding'] },
      price: { input: 0.02, output: 0 },
    });
  });

  it("takes models.dev's release date and leaves resellers' and video models out", () => {
    expect(added('openai/gpt-4')).toMatchObject({ name: 'GPT-4', releaseDate: '2023-03-14' });
    expect(result.added.map((model) => model.id)).not.toContain('openai/gpt-35-turbo');
    expect(result.added.map((model) => model.id)).not.toContain('openai/sora-2');
  });

  it("gives OpenRouter's floating id to the newest model of its family with the same price and context", () => {
    expect(added('acme-labs/anvil-2')?.aliases).toContain('~acme-labs/anvil-latest');
    expect(added('acme-labs/anvil-1')?.aliases).not.toContain('~acme-labs/anvil-latest');
  });

  it('gives no draft a form another model owns, and says when its own id or name is one', () => {
    const owner = testModel('openai/anvil', { name: 'Anvil', aliases: ['Anvil 2 Mini'] });
    const again = drafts([curatedMini, owner]);
    const anvil = again.added.find((model) => model.id === 'acme-labs/anvil-2-mini');
    expect(anvil?.aliases).not.toContain('anvil-2-mini');
    expect(again.skipped).toContain('acme-labs/anvil-2-mini: alias anvil-2-mini belongs to openai/anvil');
    expect(again.conflicts).toEqual(['acme-labs/anvil-2-mini: its id or name is written as openai/anvil is']);
  });
});

describe('dataset:import', { timeout: 60_000 }, () => {
  /** A data directory with the real registry and only GPT-4.1 mini. */
  function dataDir(): string {
    const found = readCuratedDataset().models.find((model) => model.id === 'openai/gpt-4.1-mini');
    // Alone, without its series.
    const { series: _series, tier: _tier, ...mini } = found ?? {};
    return dataDirWith([mini]);
  }

  it('writes the drafts into data/, says what it added, and adds nothing the second time', () => {
    const [from, data] = [snapshotDir(), dataDir()];
    const first = run('--from', from, '--data', data);
    expect(first.status).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toContain('provider acme-labs (Acme Labs)');
    expect(lines.some((line) => line.startsWith('added    openai/gpt-4-32k: gpt-4-32k; price, limits (litellm)'))).toBe(
      true,
    );
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ providers: 1, written: true });
    const written = readCuratedDataset(data);
    expect(written.models.map((model) => model.id)).toContain('acme-labs/anvil-2-mini');
    expect(JSON.parse(readFileSync(join(data, 'models/openai.json'), 'utf8'))[0].price.input).toBe(0.4);

    const second = run('--from', from, '--data', data);
    expect(JSON.parse(second.stdout.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ added: 0, providers: 0 });
  });

  it('writes nothing on a dry run, and asks for a day when a snapshot states none', () => {
    const [from, data] = [snapshotDir(), dataDir()];
    const before = readFileSync(join(data, 'models/openai.json'), 'utf8');
    expect(run('--from', from, '--data', data, '--dry-run').status).toBe(0);
    expect(readFileSync(join(data, 'models/openai.json'), 'utf8')).toBe(before);

    writeFileSync(join(from, 'litellm/model_prices_and_context_window.json'), JSON.stringify(liteLlm));
    const undated = run('--from', from, '--data', data);
    expect(undated.status).toBe(2);
    expect(undated.stderr).toMatch(/No as-of day for the LiteLLM snapshot/);
    expect(run('--from', from, '--data', data, '--as-of', '2026-07-24', '--dry-run').status).toBe(0);
  });
});
