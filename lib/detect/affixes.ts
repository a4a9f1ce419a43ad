/**
 * What may come before and after a model's name without making it another model: provider and
 * cloud prefixes ("openai/", "us.anthropic."), format suffixes ("-Instruct", "-GGUF", "-FP8",
 * ":q4_K_M") and snapshot dates ("-20241022", "-2025-04-14", "@20241022", "-v2:0").
 */

/** Provider ids used as Bedrock-style dotted prefixes ("anthropic.claude-…", "us.meta.llama3-…"). */
const DOTTED_PROVIDERS = new Set([
  'anthropic',
  'meta',
  'amazon',
  'mistral',
  'cohere',
  'ai21',
  'deepseek',
  'openai',
  'qwen',
  'writer',
]);
const REGIONS = new Set(['us', 'eu', 'apac', 'global', 'jp', 'au', 'ca', 'us-gov']);

const PATH_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const IDENTIFIER_CHAR = /[A-Za-z0-9._/@:-]/;

/**
 * Where a name starting at `start` really starts, taking in a provider prefix; or undefined when
 * the name is the tail of a longer identifier that is not a prefix ("build-gpt-4.1-mini").
 */
export function nameStart(text: string, start: number): number | undefined {
  let from = start;
  while (from > 0 && IDENTIFIER_CHAR.test(text.charAt(from - 1))) from--;
  const prefix = text.slice(from, start);
  if (prefix === '') return start;
  const last = prefix.charAt(prefix.length - 1);
  if (last === '/') {
    // Path segments: "openai/", "meta-llama/", "accounts/fireworks/models/"; a domain ends them.
    const segments = prefix.slice(0, -1).split('/');
    let kept = 0;
    let length = 0;
    for (let i = segments.length - 1; i >= 0 && kept < 3; i--) {
      const segment = segments[i] ?? '';
      if (!PATH_SEGMENT.test(segment)) break;
      kept++;
      length += segment.length + 1;
    }
    return start - length;
  }
  if (last === '.') {
    const parts = prefix.slice(0, -1).toLowerCase().split('.');
    const provider = parts.pop() ?? '';
    if (!DOTTED_PROVIDERS.has(provider)) return undefined;
    if (parts.length === 0) return start - provider.length - 1;
    const region = parts.pop() ?? '';
    return parts.length === 0 && REGIONS.has(region) ? from : start - provider.length - 1;
  }
  if (last === ':') {
    // "openai:gpt-4.1" (a library's provider:model string), "model:gpt-4o" in a config line.
    return /^[A-Za-z_]+:$/.test(prefix) ? start : undefined;
  }
  if (prefix.toLowerCase() === 'meta-') return from;
  return undefined;
}

/** Format and packaging words that leave the model the same. */
const FORMAT_WORDS = new Set([
  'instruct',
  'chat',
  'it',
  'hf',
  'gguf',
  'ggml',
  'awq',
  'gptq',
  'mlx',
  'exl2',
  'onnx',
  'latest',
  'bit',
  'fp',
  'bf',
  'int',
  'q',
  'iq',
  'v',
]);
/** Quantisation letters, only after a "q" ("q4_K_M", "Q5_K_S"). */
const QUANT_LETTERS = new Set(['k', 'm', 's', 'l', 'xl', 'xs', 'xxs', 'nl']);
/** Words that make a newer or special release of the same model: a variant. */
const VARIANT_WORDS = new Set([
  'preview',
  'exp',
  'experimental',
  'thinking',
  'reasoning',
  'nonthinking',
  'non',
  'turbo',
  'fast',
  'base',
  'beta',
  'alpha',
  'rc',
  'snapshot',
  'release',
  'sft',
  'dpo',
  'rl',
]);

export interface AffixToken {
  value: string;
  /** Joined to the token before it with nothing in between (a letter–digit boundary). */
  tight: boolean;
}

/** A snapshot date: "20241022", or the three parts of "2025-04-14". */
function dateLength(tokens: readonly AffixToken[], i: number): number {
  const first = tokens[i]?.value ?? '';
  if (/^20\d{6}$/.test(first)) return 1;
  if (
    /^20\d\d$/.test(first) &&
    /^\d\d$/.test(tokens[i + 1]?.value ?? '') &&
    /^\d\d$/.test(tokens[i + 2]?.value ?? '')
  ) {
    return 3;
  }
  return 0;
}

/**
 * How many of `tokens` (those joined after a known name) are format suffixes or snapshot dates,
 * which keep the same model.
 */
export function formatSuffixLength(tokens: readonly AffixToken[]): number {
  let i = 0;
  let quantised = false;
  while (i < tokens.length) {
    const token = tokens[i] as AffixToken;
    const previous = tokens[i - 1]?.value ?? '';
    const date = dateLength(tokens, i);
    if (date > 0) i += date;
    else if (FORMAT_WORDS.has(token.value)) {
      quantised ||= token.value === 'q' || token.value === 'iq';
      i++;
    } else if (quantised && QUANT_LETTERS.has(token.value)) i++;
    else if (/^\d+$/.test(token.value) && (FORMAT_WORDS.has(previous) || quantised || /^0\d+$/.test(token.value))) {
      // "fp8", "v2", "q4", "int4", and Gemini's "-001".
      i++;
    } else if (/^\d+$/.test(token.value) && tokens[i + 1]?.value === 'bit') i++;
    else if (/^\d+$/.test(token.value) && tokens[i - 2]?.value === 'v') {
      // The minor part of a cloud version: "-v2:0", "-v1.5".
      i++;
    } else break;
  }
  return i;
}

/**
 * Whether tokens joined after a known name make a variant of it: release tags and words
 * ("-2507", "-0528", "-preview-05-06", "-thinking"), with format suffixes anywhere among them.
 */
export function isVariantTail(tokens: readonly AffixToken[]): boolean {
  if (tokens.length > 8) return false;
  let tagged = false;
  let i = 0;
  while (i < tokens.length) {
    const format = formatSuffixLength(tokens.slice(i));
    if (format > 0) {
      i += format;
      continue;
    }
    const value = tokens[i]?.value ?? '';
    if (!/^\d+$/.test(value) && !VARIANT_WORDS.has(value)) return false;
    tagged = true;
    i++;
  }
  return tagged;
}
