import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { Model, ModelKind } from '../../lib/data/schema';

type Modalities = Model['modalities'];

/**
 * One source's word on one of its model ids, in the dataset's units (USD per 1M tokens, tokens):
 * the figures `dataset:check` compares, and what `dataset:import` drafts a new model from.
 */
export interface ReferenceFigures {
  /** The source's name as notes in the dataset write it. */
  source: 'LiteLLM' | 'OpenRouter' | 'models.dev';
  /** The source's id in the dataset's registry. */
  sourceId: 'litellm' | 'openrouter' | 'models-dev';
  /** The day the snapshot states its figures for, when it says. */
  asOf?: string;
  /** The source's own id for the model. */
  key: string;
  /** The dataset provider this entry is first-party for (LiteLLM, models.dev), or the canonical id (OpenRouter). */
  provider?: string;
  canonicalId?: string;
  input?: number;
  output?: number;
  cachedInput?: number;
  context?: number;
  maxOutput?: number;
  /** The vendor's API id, without the source's provider prefix ("gpt-4.1-mini"). */
  apiId?: string;
  name?: string;
  releaseDate?: string;
  openWeights?: boolean;
  modalities?: Modalities;
  kind?: ModelKind;
  dimensions?: number[];
  /** The day the vendor retires (or retired) the model, as the source states it. */
  retiresOn?: string;
  /** The source marks the model deprecated without a date. */
  deprecated?: boolean;
}

const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

/** The first day (YYYY-MM-DD) a text states: a file name's, or a date-time's. */
export const dayOf = (text: string) => text.match(ISO_DAY)?.[0];

const perMillion = (perToken: unknown) =>
  typeof perToken === 'number' || (typeof perToken === 'string' && perToken !== '')
    ? Math.round(Number(perToken) * 1e6 * 1e6) / 1e6
    : undefined;
const count = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/**
 * LiteLLM's first-party providers, by the dataset's provider ids: a lab's own API, whose prices
 * are list prices. Clouds and resellers (azure, bedrock, openrouter, …) are left out, except
 * Amazon's own models on Bedrock (below).
 */
const LITELLM_PROVIDERS: Record<string, string> = {
  openai: 'openai',
  'text-completion-openai': 'openai',
  anthropic: 'anthropic',
  gemini: 'google',
  palm: 'google',
  // Google's own cloud, for Google's own models (other labs' models on it have their own providers).
  'vertex_ai-language-models': 'google',
  'vertex_ai-vision-models': 'google',
  'vertex_ai-text-models': 'google',
  'vertex_ai-chat-models': 'google',
  'vertex_ai-code-text-models': 'google',
  'vertex_ai-code-chat-models': 'google',
  'vertex_ai-embedding-models': 'google',
  mistral: 'mistralai',
  codestral: 'mistralai',
  deepseek: 'deepseek',
  xai: 'x-ai',
  cohere_chat: 'cohere',
  cohere: 'cohere',
  moonshot: 'moonshotai',
  zai: 'z-ai',
  minimax: 'minimax',
  dashscope: 'qwen',
  ai21: 'ai21',
  voyage: 'voyageai',
  jina_ai: 'jinaai',
};

/** LiteLLM's modes, as the dataset's kinds; modes not listed (moderation, OCR, search, video) are not models we show. */
const LITELLM_KINDS: Record<string, ModelKind> = {
  chat: 'chat',
  completion: 'chat',
  responses: 'chat',
  embedding: 'embedding',
  rerank: 'rerank',
  audio_transcription: 'speech-to-text',
  audio_speech: 'text-to-speech',
  image_generation: 'image',
};

/** models.dev provider folders that are a lab's own API, by the dataset's provider ids. */
const MODELS_DEV_PROVIDERS: Record<string, string> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  mistral: 'mistralai',
  deepseek: 'deepseek',
  xai: 'x-ai',
  cohere: 'cohere',
  moonshotai: 'moonshotai',
  zai: 'z-ai',
  minimax: 'minimax',
  alibaba: 'qwen',
};

/** Which dataset provider a LiteLLM entry is first-party for, and its API id without a prefix. */
function liteLlmOwner(key: string, litellmProvider: string): { provider: string; apiId: string } | undefined {
  // Amazon's own models are sold only on Bedrock, under Amazon's ids ("amazon.titan-embed-text-v2:0").
  if (litellmProvider === 'bedrock' && key.startsWith('amazon.')) return { provider: 'amazon', apiId: key };
  const provider = LITELLM_PROVIDERS[litellmProvider];
  if (!provider) return undefined;
  const slash = key.indexOf('/');
  // "gemini/gemini-2.5-pro" is the API id "gemini-2.5-pro"; "hd/1024-x-1024/dall-e-3" is an image size, not a model.
  const apiId = slash < 0 ? key : key.slice(slash + 1);
  return apiId.includes('/') || key.startsWith('ft:') ? undefined : { provider, apiId };
}

function liteLlmModalities(entry: Record<string, unknown>, kind: ModelKind): Modalities {
  const input: Modalities['input'] = ['text'];
  if (entry.supports_vision === true) input.push('image');
  if (entry.supports_audio_input === true || kind === 'speech-to-text') input.push('audio');
  if (entry.supports_pdf_input === true) input.push('file');
  const output: Modalities['output'] =
    kind === 'embedding' || kind === 'rerank'
      ? ['embedding']
      : kind === 'image'
        ? ['image']
        : kind === 'text-to-speech'
          ? ['audio']
          : ['text'];
  return { input: kind === 'speech-to-text' ? ['audio'] : input, output };
}

/** LiteLLM's cost map (`litellm/model_prices_and_context_window.json`): its first-party entries. */
export function readLiteLlm(dir: string): ReferenceFigures[] {
  const file = join(dir, 'litellm/model_prices_and_context_window.json');
  if (!existsSync(file)) return [];
  const map = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // The mirror adds the time it copied the map; the map itself carries no date.
  const asOf = typeof map.last_updated === 'string' ? dayOf(map.last_updated) : undefined;
  return Object.entries(map).flatMap(([key, value]) => {
    if (typeof value !== 'object' || value === null) return [];
    const entry = value as Record<string, unknown>;
    const owner = liteLlmOwner(key, String(entry.litellm_provider));
    const kind = LITELLM_KINDS[String(entry.mode)];
    if (!owner || !kind) return [];
    const vector = count(entry.output_vector_size);
    return [
      {
        source: 'LiteLLM' as const,
        sourceId: 'litellm' as const,
        ...(asOf ? { asOf } : {}),
        key,
        provider: owner.provider,
        apiId: owner.apiId,
        input: perMillion(entry.input_cost_per_token),
        output: perMillion(entry.output_cost_per_token),
        cachedInput: perMillion(entry.cache_read_input_token_cost),
        context: count(entry.max_input_tokens),
        maxOutput: count(entry.max_output_tokens),
        kind,
        modalities: liteLlmModalities(entry, kind),
        ...(vector ? { dimensions: [vector] } : {}),
        ...(day(entry.deprecation_date) ? { retiresOn: day(entry.deprecation_date) } : {}),
      },
    ];
  });
}

/** OpenRouter's models API responses (`openrouter/*.json`), each with the day its file name states. */
export function openRouterSnapshots(dir: string): { file: string; asOf?: string; body: { data?: unknown[] } }[] {
  const folder = join(dir, 'openrouter');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const asOf = dayOf(basename(name));
      return { file: name, ...(asOf ? { asOf } : {}), body: JSON.parse(readFileSync(join(folder, name), 'utf8')) };
    });
}

/** OpenRouter's models API responses (`openrouter/*.json`), by canonical id. */
export function readOpenRouter(dir: string): ReferenceFigures[] {
  return openRouterSnapshots(dir).flatMap(({ asOf, body }) =>
    ((body.data ?? []) as Record<string, unknown>[]).map((model) => {
      const pricing = (model.pricing ?? {}) as Record<string, unknown>;
      const top = (model.top_provider ?? {}) as Record<string, unknown>;
      return {
        source: 'OpenRouter' as const,
        sourceId: 'openrouter' as const,
        ...(asOf ? { asOf } : {}),
        key: String(model.id),
        canonicalId: String(model.id),
        input: perMillion(pricing.prompt),
        output: perMillion(pricing.completion),
        cachedInput: perMillion(pricing.input_cache_read),
        context: count(model.context_length),
        maxOutput: count(top.max_completion_tokens),
      };
    }),
  );
}

function tomlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? tomlFiles(path) : name.endsWith('.toml') ? [path] : [];
  });
}

/** models.dev writes "pdf" for documents. */
function modelsDevModalities(value: unknown): Modalities | undefined {
  const { input, output } = (value ?? {}) as { input?: unknown; output?: unknown };
  const known = (words: unknown) =>
    (Array.isArray(words) ? words : [])
      .map((word) => (word === 'pdf' ? 'file' : word))
      .filter((word): word is Modalities['input'][number] =>
        ['text', 'image', 'audio', 'video', 'file'].includes(String(word)),
      );
  const modalities = { input: known(input), output: known(output) };
  return modalities.input.length > 0 && modalities.output.length > 0 ? modalities : undefined;
}

/**
 * models.dev's provider files (`models.dev/providers/**.toml`), with `base_model` inheritance. The
 * tree carries no date of its own: its as-of day is the newest `last_updated` in it.
 */
export function readModelsDev(dir: string): ReferenceFigures[] {
  const root = join(dir, 'models.dev');
  const entries = Object.entries(MODELS_DEV_PROVIDERS).flatMap(([folder, provider]) => {
    const models = join(root, 'providers', folder, 'models');
    return tomlFiles(models).map((file) => {
      let data = parseToml(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const base = typeof data.base_model === 'string' ? join(root, 'models', `${data.base_model}.toml`) : '';
      if (base && existsSync(base)) data = { ...(parseToml(readFileSync(base, 'utf8')) as object), ...data };
      const cost = (data.cost ?? {}) as Record<string, unknown>;
      const limit = (data.limit ?? {}) as Record<string, unknown>;
      const money = (value: unknown) => (typeof value === 'number' ? value : undefined);
      const key = relative(models, file).replace(/\.toml$/, '');
      const modalities = modelsDevModalities(data.modalities);
      return {
        entry: {
          source: 'models.dev' as const,
          sourceId: 'models-dev' as const,
          key,
          provider,
          apiId: key,
          input: money(cost.input),
          output: money(cost.output),
          cachedInput: money(cost.cache_read),
          context: count(limit.context),
          maxOutput: count(limit.output),
          ...(typeof data.name === 'string' ? { name: data.name } : {}),
          ...(day(data.release_date) ? { releaseDate: day(data.release_date) } : {}),
          ...(typeof data.open_weights === 'boolean' ? { openWeights: data.open_weights } : {}),
          ...(modalities ? { modalities } : {}),
          ...(data.status === 'deprecated' ? { deprecated: true } : {}),
        },
        updated: day(data.last_updated) ?? '',
      };
    });
  });
  const asOf = entries
    .map(({ updated }) => updated)
    .sort()
    .at(-1);
  return entries.map(({ entry }) => (asOf ? { ...entry, asOf } : entry));
}
