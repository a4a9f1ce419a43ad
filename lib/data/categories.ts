/** The categories comparison sites group benchmarks in; an overall score averages them. */
export const SCORED_CATEGORIES = [
  'knowledge',
  'reasoning',
  'math',
  'coding',
  'agentic',
  'instruction-following',
  'multimodal',
  'multilingual',
] as const;

/** Canonical model id: `provider/model`, lowercase, as OpenRouter writes them. */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._:-]*$/;

/**
 * The dearest model listed anywhere costs about $600 per 1M output tokens (o1-pro); a figure
 * several times that is a unit slip or a broken entry, never a price to show.
 */
export const MAX_PRICE_PER_MILLION = 5_000;
