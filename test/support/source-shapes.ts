/**
 * Entries in the real shapes of the two public sources ModelPeek reads live: OpenRouter's models
 * API and LiteLLM's cost map. Each entry has every field the source writes, in the source's order,
 * with plain made-up values; `fields` replace whole fields, so a test passes the figures it checks
 * and they stand where it reads them.
 */

type Fields = Record<string, unknown>;

/** The order OpenRouter names modalities in when it sums them up ("text+image+file->text"). */
const MODALITY_ORDER = ['text', 'image', 'file', 'audio', 'video'];

function summed(modalities: readonly string[]): string {
  const rank = (modality: string) => {
    const index = MODALITY_ORDER.indexOf(modality);
    return index < 0 ? MODALITY_ORDER.length : index;
  };
  return [...modalities].sort((a, b) => rank(a) - rank(b)).join('+');
}

/** What OpenRouter says a model reads and writes: `(['image', 'text', 'file'], ['text'])` is "text+image+file->text". */
export function openRouterArchitecture(input: string[], output: string[], tokenizer = 'Other') {
  return {
    modality: `${summed(input)}->${summed(output)}`,
    input_modalities: input,
    output_modalities: output,
    tokenizer,
    instruct_type: null,
  };
}

/**
 * One entry of OpenRouter's `GET /api/v1/models`, prices in USD per token written as decimal text.
 * Unless `fields` say otherwise: a text model named by its id, with a 131,072-token window, 16,384
 * tokens out, no Hugging Face id and none of OpenRouter's newer fields (links, benchmarks, …).
 */
export function openRouterModel(id: string, fields: Fields = {}): Fields {
  return {
    id,
    canonical_slug: id,
    hugging_face_id: '',
    name: id,
    created: 1767225600,
    description: '',
    context_length: 131072,
    architecture: openRouterArchitecture(['text'], ['text']),
    pricing: { prompt: '0.000001', completion: '0.000002' },
    top_provider: { context_length: 131072, max_completion_tokens: 16384, is_moderated: false },
    per_request_limits: null,
    supported_parameters: ['max_tokens', 'temperature'],
    ...fields,
  };
}

/**
 * What OpenRouter lists alike for GPT-4.1 and its mini and nano sizes: a 1,047,576-token window,
 * 32,768 tokens out, text, images and files in and text out.
 */
export const GPT_41_ON_OPENROUTER = {
  context_length: 1047576,
  architecture: openRouterArchitecture(['image', 'text', 'file'], ['text'], 'GPT'),
  top_provider: { context_length: 1047576, max_completion_tokens: 32768, is_moderated: true },
};

/** OpenRouter's answer: the entries, all on one page. */
export function openRouterAnswer<Entry>(...entries: Entry[]) {
  return { data: entries, total_count: entries.length, links: { next: null } };
}

/**
 * One entry of LiteLLM's cost map, prices in USD per token. Unless `fields` say otherwise: a chat
 * model with a 128,000-token window and 8,192 tokens out, its batch price half its input price.
 */
export function liteLlmEntry(provider: string, inputPerToken: unknown, outputPerToken: unknown, fields: Fields = {}) {
  return {
    input_cost_per_token: inputPerToken,
    input_cost_per_token_batches: typeof inputPerToken === 'number' ? inputPerToken / 2 : inputPerToken,
    litellm_provider: provider,
    max_input_tokens: 128000,
    max_output_tokens: 8192,
    max_tokens: 8192,
    mode: 'chat',
    output_cost_per_token: outputPerToken,
    supports_function_calling: true,
    supports_vision: true,
    ...fields,
  };
}

/**
 * LiteLLM's cost map: the entry that documents its fields and the date its mirror adds come first,
 * neither of them a model's, then the entries by key.
 */
export function liteLlmCostMap<Entries extends Fields>(entries: Entries) {
  return {
    sample_spec: {
      input_cost_per_token: 0.0,
      litellm_provider: 'one of https://docs.litellm.ai/docs/providers',
      max_input_tokens: 'max input tokens, if the provider specifies it. if not default to max_tokens',
      mode: 'one of: chat, embedding, completion, image_generation, …',
      output_cost_per_token: 0.0,
    },
    last_updated: '2026-11-29T06:00:00Z',
    ...entries,
  };
}

/** A team's own provider and the source of its negotiated prices, as a custom dataset file lists them. */
export const ACME = { id: 'acme', name: 'Acme AI', url: 'https://acme.example/models' };
export const ACME_PRICING = {
  id: 'acme-pricing',
  name: 'Acme negotiated prices',
  url: 'https://acme.example/prices',
  kind: 'vendor',
  licence: 'internal',
};

/** GPT-4.1 mini at a team's negotiated price, as its custom dataset file lists it. */
export const CONTRACT_GPT_41_MINI = {
  id: 'openai/gpt-4.1-mini',
  name: 'GPT-4.1 mini',
  provider: 'openai',
  openWeights: false,
  modalities: { input: ['text', 'image', 'file'], output: ['text'] },
  aliases: ['gpt-4.1-mini'],
  price: { input: 0.3, output: 1.2, source: 'custom', asOf: '2026-11-20', note: 'our contract' },
};
