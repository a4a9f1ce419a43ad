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
