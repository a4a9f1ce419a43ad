import { z } from 'zod/mini';
import { buildAliasIndex, normalizeAlias } from '../../detect/aliases';
import type { Model } from '../schema';
import {
  asOfDate,
  distinctAliases,
  isListPrice,
  type LiveSourceContext,
  PricePerToken,
  perMillion,
  TokenCount,
} from './figures';
import { type ModelPatch, SourceError, type SourceUpdate } from './types';

/** One entry of LiteLLM's cost map: the fields ModelPeek reads; the many others pass unread. */
export const LiteLlmEntry = z.object({
  litellm_provider: z.string(),
  input_cost_per_token: z.nullish(PricePerToken),
  output_cost_per_token: z.nullish(PricePerToken),
  cache_read_input_token_cost: z.nullish(PricePerToken),
  max_input_tokens: z.nullish(TokenCount),
  max_output_tokens: z.nullish(TokenCount),
});
export type LiteLlmEntry = z.infer<typeof LiteLlmEntry>;

/** The map: model key → entry. Entries are read one by one, so that one bad entry costs only itself. */
export const LiteLlmCostMap = z.record(z.string(), z.unknown());

/** The entry that documents the map's fields, not a model. */
const SAMPLE_SPEC = 'sample_spec';

/**
 * LiteLLM provider → our provider id, for the providers' own APIs only: clouds and resellers
 * (azure, bedrock, openrouter, …) price the same model differently and have no place here.
 */
const FIRST_PARTY: ReadonlyMap<string, string> = new Map([
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['gemini', 'google'],
  ['mistral', 'mistralai'],
  ['deepseek', 'deepseek'],
  ['xai', 'x-ai'],
  ['cohere_chat', 'cohere'],
  ['moonshot', 'moonshotai'],
  ['zai', 'z-ai'],
  ['minimax', 'minimax'],
  ['dashscope', 'qwen'],
]);

interface Candidate {
  key: string;
  rank: number;
  figures: Pick<ModelPatch, 'price' | 'limits'>;
}

/**
 * LiteLLM's first-party list prices and limits for the models the dataset holds. A model named
 * by several keys takes the one written like its id, else an undated one ("gpt-4.1-mini" over
 * "gpt-4.1-mini-2025-04-14"). Throws a SourceError when the answer is not a cost map.
 */
export function liteLlmUpdate(body: unknown, context: LiveSourceContext): SourceUpdate {
  const map = LiteLlmCostMap.safeParse(body);
  if (!map.success || Array.isArray(body)) throw new SourceError("LiteLLM's answer is not a cost map");

  const models = new Map(context.models.map((model) => [model.id, model]));
  const owners = new Map(buildAliasIndex(context.models).map((entry) => [normalizeAlias(entry.alias), entry.modelId]));
  const asOf = asOfDate(context.fetchedAt);
  const found = new Map<string, Candidate[]>();
  let readable = 0;
  for (const [key, raw] of Object.entries(map.data)) {
    if (key === SAMPLE_SPEC || key.length > 200) continue;
    const parsed = LiteLlmEntry.safeParse(raw);
    const provider = parsed.success ? FIRST_PARTY.get(parsed.data.litellm_provider) : undefined;
    if (!parsed.success || !provider) continue;
    readable++;
    const bare = key.slice(key.lastIndexOf('/') + 1);
    const model = models.get(owners.get(normalizeAlias(bare)) ?? '');
    if (!model || model.provider !== provider) continue;
    const figures = figuresOf(parsed.data, model, asOf);
    if (!figures.price && !figures.limits) continue;
    const candidates = found.get(model.id) ?? [];
    candidates.push({ key, rank: keyRank(bare, model), figures });
    found.set(model.id, candidates);
  }
  if (readable === 0) throw new SourceError("LiteLLM's cost map has no first-party entry with the expected fields");

  const patches: ModelPatch[] = [];
  for (const [id, candidates] of found) {
    // Sorting is stable: among keys of one rank, the map's own order decides.
    const [best] = [...candidates].sort((a, b) => a.rank - b.rank);
    if (best) patches.push({ id, aliases: distinctAliases(candidates.map((c) => c.key)), ...best.figures });
  }
  return { source: 'litellm', fetchedAt: context.fetchedAt.toISOString(), patches };
}

/** 0: written like the model's id; 1: undated; 2: a dated snapshot ("-2025-04-14", "-20250514", "-0905"). */
function keyRank(bare: string, model: Model): number {
  const form = normalizeAlias(bare);
  if (form === normalizeAlias(model.id.slice(model.id.indexOf('/') + 1))) return 0;
  return form.split('-').some((token) => /^\d{4}(?:\d{2}){0,2}$/.test(token)) ? 2 : 1;
}

function figuresOf(entry: LiteLlmEntry, model: Model, asOf: string): Pick<ModelPatch, 'price' | 'limits'> {
  const cited = { source: 'litellm', asOf };
  const price = priceOf(entry, model, cited);
  const limits = limitsOf(entry, cited);
  return { ...(price ? { price } : {}), ...(limits ? { limits } : {}) };
}

type Cited = { source: string; asOf: string };

function priceOf(entry: LiteLlmEntry, model: Model, cited: Cited): ModelPatch['price'] {
  const { input_cost_per_token: input, output_cost_per_token: output, cache_read_input_token_cost: cache } = entry;
  if (typeof input !== 'number' || typeof output !== 'number') return undefined;
  if (!isListPrice(input, output, model.modalities.output)) return undefined;
  const cachedInput = typeof cache === 'number' ? perMillion(cache) : undefined;
  return {
    input: perMillion(input),
    output: perMillion(output),
    ...(cachedInput === undefined ? {} : { cachedInput }),
    ...cited,
  };
}

function limitsOf(entry: LiteLlmEntry, cited: Cited): ModelPatch['limits'] {
  const { max_input_tokens: context, max_output_tokens: maxOutput } = entry;
  return context ? { context, ...(maxOutput ? { maxOutput } : {}), ...cited } : undefined;
}
