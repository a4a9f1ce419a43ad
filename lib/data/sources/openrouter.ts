import { z } from 'zod/mini';
import { type Model, ModelId } from '../schema';
import {
  asOfDate,
  distinctAliases,
  IndexScore,
  isListPrice,
  knownModalities,
  type LiveSourceContext,
  MAX_PRICE_PER_MILLION,
  perMillion,
  TokenCount,
} from './figures';
import { type ModelPatch, SourceError, type SourceUpdate } from './types';

/** OpenRouter's word for "the price varies by request" (its routers). */
const VARIABLE_PRICE = '-1';
const DECIMAL = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const MAX_PER_TOKEN = MAX_PRICE_PER_MILLION / 1e6;

/** USD per token as a decimal string; anything else (negative, "NaN", "1e9") spoils its entry. */
const PriceText = z
  .string()
  .check(
    z.refine(
      (text) => text === VARIABLE_PRICE || (DECIMAL.test(text) && Number(text) <= MAX_PER_TOKEN),
      'a price per token',
    ),
  );

/** Unix seconds up to the year 2100. */
const UnixSeconds = z.int().check(z.positive(), z.lte(4_102_444_800));

const AaIndices = z.object({
  intelligence_index: z.nullish(IndexScore),
  coding_index: z.nullish(IndexScore),
});

/** One entry of `GET /api/v1/models`: the fields ModelPeek reads; OpenRouter's others pass unread. */
export const OpenRouterModel = z.object({
  id: ModelId,
  /** OpenRouter's dated id for the same model ("openai/gpt-4.1-mini-2025-04-14"). */
  canonical_slug: z.nullish(z.string()),
  hugging_face_id: z.nullish(z.string()),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  created: z.nullish(UnixSeconds),
  context_length: z.nullish(TokenCount),
  architecture: z.nullish(
    z.object({
      input_modalities: z.nullish(z.array(z.string())),
      output_modalities: z.nullish(z.array(z.string())),
    }),
  ),
  pricing: z.nullish(
    z.object({
      prompt: PriceText,
      completion: PriceText,
      input_cache_read: z.nullish(PriceText),
    }),
  ),
  top_provider: z.nullish(z.object({ max_completion_tokens: z.nullish(TokenCount) })),
  benchmarks: z.nullish(z.object({ artificial_analysis: z.nullish(AaIndices) })),
});
export type OpenRouterModel = z.infer<typeof OpenRouterModel>;

/** The response's envelope. Entries are read one by one, so that one bad entry costs only itself. */
export const OpenRouterModelList = z.object({ data: z.array(z.unknown()) });

const MODALITIES = ['text', 'image', 'audio', 'video', 'file'] as const;

/**
 * OpenRouter's model list as patches: figures for the models the dataset holds, and whole new
 * models for the ones it does not. Throws a SourceError when the answer is not a model list.
 */
export function openRouterUpdate(body: unknown, context: LiveSourceContext): SourceUpdate {
  const list = OpenRouterModelList.safeParse(body);
  if (!list.success) throw new SourceError("OpenRouter's answer is not a model list");
  const entries = list.data.data;
  if (entries.length === 0) throw new SourceError("OpenRouter's model list is empty");

  const known = new Set(context.models.map((model) => model.id));
  const asOf = asOfDate(context.fetchedAt);
  const seen = new Set<string>();
  const patches: ModelPatch[] = [];
  let readable = 0;
  for (const raw of entries) {
    const parsed = OpenRouterModel.safeParse(raw);
    if (!parsed.success) continue;
    readable++;
    const entry = parsed.data;
    if (!isOwnModel(entry.id) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    const patch = known.has(entry.id) ? knownModelPatch(entry, asOf) : newModelPatch(entry, asOf);
    if (patch) patches.push(patch);
  }
  if (readable === 0) {
    throw new SourceError(`None of the ${entries.length} entries in OpenRouter's model list has the expected fields`);
  }
  return { source: 'openrouter', fetchedAt: context.fetchedAt.toISOString(), patches };
}

/**
 * ":free", ":thinking" and other variants share their model's figures or have none of their own;
 * "~…" ids are aliases that move to whichever model is newest; "openrouter/…" are routers.
 */
function isOwnModel(id: string): boolean {
  return !id.includes(':') && !id.startsWith('~') && !id.startsWith('openrouter/');
}

function knownModelPatch(entry: OpenRouterModel, asOf: string): ModelPatch {
  return { id: entry.id, aliases: distinctAliases([entry.canonical_slug]), ...figures(entry, asOf) };
}

/** A model only OpenRouter knows yet; without both an input and an output modality it cannot be shown. */
function newModelPatch(entry: OpenRouterModel, asOf: string): ModelPatch | undefined {
  const found = figures(entry, asOf);
  if (!found.modalities) return undefined;
  const slash = entry.id.indexOf('/');
  const name = displayName(entry.name);
  const huggingFaceId = entry.hugging_face_id || undefined;
  return {
    id: entry.id,
    name,
    provider: entry.id.slice(0, slash),
    aliases: distinctAliases([entry.id, entry.id.slice(slash + 1), name, huggingFaceId, entry.canonical_slug]),
    ...(entry.created ? { releaseDate: new Date(entry.created * 1000).toISOString().slice(0, 10) } : {}),
    // Weights on Hugging Face are open weights; no Hugging Face id says nothing either way.
    ...(huggingFaceId ? { openWeights: true } : {}),
    ...found,
  };
}

/** "OpenAI: GPT-4.1 Mini" → "GPT-4.1 Mini". */
function displayName(name: string): string {
  return name.replace(/^[^:]+:\s+/, '') || name;
}

function figures(entry: OpenRouterModel, asOf: string): Pick<ModelPatch, 'price' | 'limits' | 'modalities' | 'scores'> {
  const cited = { source: 'openrouter', asOf, url: `https://openrouter.ai/${entry.id}` };
  const price = priceOf(entry.pricing, entry.architecture?.output_modalities ?? [], cited);
  const limits = limitsOf(entry, cited);
  const modalities = modalitiesOf(entry.architecture);
  const scores = scoresOf(entry, asOf);
  return {
    ...(price ? { price } : {}),
    ...(limits ? { limits } : {}),
    ...(modalities ? { modalities } : {}),
    ...(scores ? { scores } : {}),
  };
}

type Cited = { source: string; asOf: string; url: string };

function priceOf(
  pricing: OpenRouterModel['pricing'],
  outputModalities: readonly string[],
  cited: Cited,
): ModelPatch['price'] {
  if (!pricing || pricing.prompt === VARIABLE_PRICE || pricing.completion === VARIABLE_PRICE) return undefined;
  const input = perMillion(Number(pricing.prompt));
  const output = perMillion(Number(pricing.completion));
  if (!isListPrice(input, output, outputModalities)) return undefined;
  const cache = pricing.input_cache_read;
  const cachedInput = cache && cache !== VARIABLE_PRICE ? perMillion(Number(cache)) : undefined;
  return { input, output, ...(cachedInput === undefined ? {} : { cachedInput }), ...cited };
}

function limitsOf(entry: OpenRouterModel, cited: Cited): ModelPatch['limits'] {
  if (!entry.context_length) return undefined;
  const maxOutput = entry.top_provider?.max_completion_tokens;
  return { context: entry.context_length, ...(maxOutput ? { maxOutput } : {}), ...cited };
}

function modalitiesOf(architecture: OpenRouterModel['architecture']): Model['modalities'] | undefined {
  const input = knownModalities(architecture?.input_modalities ?? [], MODALITIES);
  const output = knownModalities(architecture?.output_modalities ?? [], MODALITIES);
  return input.length > 0 && output.length > 0 ? { input, output } : undefined;
}

/** Artificial Analysis' indices, cited to Artificial Analysis (their terms ask for it) and reached via OpenRouter. */
function scoresOf(entry: OpenRouterModel, asOf: string): ModelPatch['scores'] {
  const indices = entry.benchmarks?.artificial_analysis;
  if (!indices) return undefined;
  const cited = {
    source: 'artificial-analysis',
    asOf,
    url: `https://openrouter.ai/${entry.id}`,
    note: 'via OpenRouter',
  };
  const scores: NonNullable<ModelPatch['scores']> = {};
  if (typeof indices.intelligence_index === 'number') {
    scores['aa-intelligence-index'] = { value: indices.intelligence_index, ...cited };
  }
  if (typeof indices.coding_index === 'number') scores['aa-coding-index'] = { value: indices.coding_index, ...cited };
  return Object.keys(scores).length > 0 ? scores : undefined;
}
