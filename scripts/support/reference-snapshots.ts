import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';

/** One source's figures for one of its model ids, in the dataset's units (USD per 1M tokens, tokens). */
export interface ReferenceFigures {
  /** The source's name as notes in the dataset write it. */
  source: 'LiteLLM' | 'OpenRouter' | 'models.dev';
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
}

const perMillion = (perToken: unknown) =>
  typeof perToken === 'number' || (typeof perToken === 'string' && perToken !== '')
    ? Math.round(Number(perToken) * 1e6 * 1e6) / 1e6
    : undefined;
const count = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);

/** LiteLLM's first-party providers, by the dataset's provider ids. */
const LITELLM_PROVIDERS: Record<string, string> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'google',
  mistral: 'mistral',
  deepseek: 'deepseek',
  xai: 'x-ai',
  cohere_chat: 'cohere',
  cohere: 'cohere',
  moonshot: 'moonshotai',
  zai: 'z-ai',
  minimax: 'minimax',
  dashscope: 'qwen',
  ai21: 'ai21',
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

/** LiteLLM's cost map (`litellm/model_prices_and_context_window.json`): its first-party entries. */
export function readLiteLlm(dir: string): ReferenceFigures[] {
  const file = join(dir, 'litellm/model_prices_and_context_window.json');
  if (!existsSync(file)) return [];
  const map = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.entries(map).flatMap(([key, entry]) => {
    const provider = LITELLM_PROVIDERS[String(entry?.litellm_provider)];
    if (!provider || typeof entry !== 'object') return [];
    return [
      {
        source: 'LiteLLM' as const,
        key,
        provider,
        input: perMillion(entry.input_cost_per_token),
        output: perMillion(entry.output_cost_per_token),
        cachedInput: perMillion(entry.cache_read_input_token_cost),
        context: count(entry.max_input_tokens),
        maxOutput: count(entry.max_output_tokens),
      },
    ];
  });
}

/** OpenRouter's models API responses (`openrouter/*.json`), by canonical id. */
export function readOpenRouter(dir: string): ReferenceFigures[] {
  const folder = join(dir, 'openrouter');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const body = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { data?: Record<string, unknown>[] };
      return (body.data ?? []).map((model) => {
        const pricing = (model.pricing ?? {}) as Record<string, unknown>;
        const top = (model.top_provider ?? {}) as Record<string, unknown>;
        return {
          source: 'OpenRouter' as const,
          key: String(model.id),
          canonicalId: String(model.id),
          input: perMillion(pricing.prompt),
          output: perMillion(pricing.completion),
          cachedInput: perMillion(pricing.input_cache_read),
          context: count(model.context_length),
          maxOutput: count(top.max_completion_tokens),
        };
      });
    });
}

function tomlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? tomlFiles(path) : name.endsWith('.toml') ? [path] : [];
  });
}

/** models.dev's provider files (`models.dev/providers/**.toml`), with `base_model` inheritance. */
export function readModelsDev(dir: string): ReferenceFigures[] {
  const root = join(dir, 'models.dev');
  return Object.entries(MODELS_DEV_PROVIDERS).flatMap(([folder, provider]) => {
    const models = join(root, 'providers', folder, 'models');
    return tomlFiles(models).map((file) => {
      let data = parseToml(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const base = typeof data.base_model === 'string' ? join(root, 'models', `${data.base_model}.toml`) : '';
      if (base && existsSync(base)) data = { ...(parseToml(readFileSync(base, 'utf8')) as object), ...data };
      const cost = (data.cost ?? {}) as Record<string, unknown>;
      const limit = (data.limit ?? {}) as Record<string, unknown>;
      const money = (value: unknown) => (typeof value === 'number' ? value : undefined);
      return {
        source: 'models.dev' as const,
        key: relative(models, file).replace(/\.toml$/, ''),
        provider,
        input: money(cost.input),
        output: money(cost.output),
        cachedInput: money(cost.cache_read),
        context: count(limit.context),
        maxOutput: count(limit.output),
      };
    });
  });
}
