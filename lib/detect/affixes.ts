import { TUNED_WORDS } from './lexicon';

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
  'stability',
]);
const REGIONS = new Set(['us', 'eu', 'apac', 'global', 'jp', 'au', 'ca', 'us-gov']);

/** A path segment before a name; a scope's "@" may start one ("@cf/meta/", as Cloudflare names models). */
const PATH_SEGMENT = /^@?[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A Bedrock foundation model's ARN before its id: "arn:aws:bedrock:us-west-2::foundation-model/". */
const BEDROCK_ARN = /^arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d*:foundation-model$/;
const IDENTIFIER_CHAR = /[A-Za-z0-9._/@:-]/;

/** Length of the path segments ("openai/", "meta-llama/", "accounts/fireworks/models/") ending `prefix`; a domain ends them. */
function pathPrefixLength(prefix: string): number {
  if (!prefix.endsWith('/')) return 0;
  const segments = prefix.slice(0, -1).split('/');
  let length = 0;
  for (let i = segments.length - 1, kept = 0; i >= 0 && kept < 3; i--, kept++) {
    const segment = segments[i] ?? '';
    // Ollama's reference to a Hugging Face repository: "hf.co/org/repo:Q4_K_M".
    if (i === 0 && segment.toLowerCase() === 'hf.co') return length + 6;
    if (!PATH_SEGMENT.test(segment) && !BEDROCK_ARN.test(segment)) break;
    length += segment.length + 1;
  }
  return length;
}

/** Length of a Bedrock-style "anthropic." or "us.anthropic." ending `prefix`, with any path before it. */
function dottedPrefixLength(prefix: string): number | undefined {
  const match = /(?:^|[/])((?:([a-z-]+)\.)?([a-z0-9]+)\.)$/i.exec(prefix);
  if (!match) return undefined;
  const [, dotted = '', region, provider = ''] = match;
  if (!DOTTED_PROVIDERS.has(provider.toLowerCase())) return undefined;
  if (region && !REGIONS.has(region.toLowerCase())) return undefined;
  const before = prefix.slice(0, prefix.length - dotted.length);
  return dotted.length + pathPrefixLength(before);
}

/** A model hub's scheme ("HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC", as MLC LLM writes it): a model's reference, no address. */
const HUB_SCHEME = /^hf:\/\//i;

/** Characters of a web address beyond those of an identifier. */
const URL_CHAR = /[A-Za-z0-9._/@:~#?=&%+!$,;*()…-]/;
/**
 * A web address written without its scheme, from its domain: "huggingface.co/…", "wandb.ai/…".
 * Not "hf.co/", with which Ollama names a Hugging Face repository as a model.
 */
const BARE_DOMAIN = /^(?!hf\.co\/)(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|cn|sh|so|me|xyz|info|edu|gov)\//i;

/**
 * Whether `start` lies inside a web address ("https://…#v3-35", "www.example.com/gpt-4o"), a
 * Markdown link's target ("[the recipe](./recipes/Qwen2.5-7B-Instruct/config.yaml)") or an HTML
 * link's (`href="./support_model.md#qwen35"`): an address, which a reader does not read as prose.
 */
export function isInWebAddress(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 400 && URL_CHAR.test(text.charAt(from - 1))) from--;
  const before = text.slice(from, start).replace(HUB_SCHEME, '');
  return (
    before.includes('://') ||
    /^www\./i.test(before) ||
    BARE_DOMAIN.test(before) ||
    (text.charAt(from - 1) === ']' && before.startsWith('(')) ||
    HTML_ADDRESS_BEFORE.test(text.slice(Math.max(0, from - 12), from))
  );
}

/** An HTML element's address attribute, opened: `<a href="./models.md#qwen35">`, in Markdown's raw HTML. */
const HTML_ADDRESS_BEFORE = /\b(?:href|src)\s*=\s*["']$/i;

/** Where a model hub's reference to the name starting at `start` begins ("HF://org/"), if `prefix` is one. */
function hubReferenceStart(text: string, from: number, start: number): number | undefined {
  const scheme = HUB_SCHEME.exec(text.slice(from, start))?.[0];
  if (!scheme) return undefined;
  const path = text.slice(from + scheme.length, start);
  return pathPrefixLength(path) === path.length ? from : undefined;
}

/**
 * Whether what comes before a name's path prefix makes the whole a file system's path: a root
 * ("/", "./", "~/") or more folders ("a/" of "a/b/c/d/"). A web address's domain
 * ("huggingface.co/") is none.
 */
function isFolderPath(before: string): boolean {
  return before.endsWith('/') && before.split('/').every((segment) => !/[^.]\.|\.[^.]/.test(segment));
}

/**
 * Words ending in a colon at the start of a prefix: a library's provider and mode ("openai:",
 * "ollama:chat:"); not an OpenAI fine-tune's "ft:" or an AWS resource's "arn:aws:bedrock:", parts of the name.
 */
const LIBRARY_PREFIX = /^(?:[A-Za-z_][A-Za-z_-]*:)+/;

/**
 * Where a name starting at `start` really starts, taking in a provider or cloud prefix
 * ("openai/", "bedrock/us.anthropic.", "ft:"); or undefined when the name is the tail of a
 * longer identifier that is not a prefix ("build-gpt-4.1-mini").
 */
export function nameStart(text: string, start: number): number | undefined {
  let from = start;
  while (from > 0 && IDENTIFIER_CHAR.test(text.charAt(from - 1))) from--;
  let prefix = text.slice(from, start);
  // A hyphen alone after a word of another script joins no identifier ("谷歌-Gemma3").
  if (prefix === '' || prefix === '-') return start;
  // A web address names a page, not a model ("https://huggingface.co/openai/gpt-oss-20b").
  if (prefix.includes('://')) return hubReferenceStart(text, from, start);
  // A library's provider and mode before the id ("openrouter:openai/gpt-5", "anthropic:messages:claude-…"),
  // as after one such word ("openai:gpt-4.1"): the name is what follows them.
  // An OpenAI fine-tune's "ft:" after them stays the name's ("openai:ft:gpt-4o-mini-…").
  const words = LIBRARY_PREFIX.exec(prefix)?.[0] ?? '';
  const library = /(?:^|:)ft:$/.test(words) ? words.slice(0, -3) : words;
  if (library !== '' && !library.startsWith('arn:')) {
    if (library === prefix) return start;
    from += library.length;
    prefix = prefix.slice(library.length);
  }
  const last = prefix.charAt(prefix.length - 1);
  if (last === '/') {
    const at = start - pathPrefixLength(prefix);
    // The folders of a longer path are no provider's: "/path/to/chatglm3-6b", "~/models/a/b/c/Qwen-7B".
    if (isFolderPath(text.slice(from, at))) return start;
    // OpenRouter's floating ids: "~anthropic/claude-sonnet-latest".
    return text.charAt(at - 1) === '~' ? at - 1 : at;
  }
  if (last === '.') {
    const length = dottedPrefixLength(prefix);
    return length === undefined ? undefined : start - length;
  }
  if (last === ':') {
    // An OpenAI fine-tune ("ft:gpt-4o-mini-…") is part of the name; "openai:gpt-4.1" (a library's
    // provider:model string) and "model:gpt-4o" in a config line are not.
    if (/(?:^|[^A-Za-z0-9])ft:$/.test(prefix)) return start - 3;
    return /^[A-Za-z_]+:$/.test(prefix) ? start : undefined;
  }
  if (prefix.toLowerCase().endsWith('meta-')) return start - 5 - pathPrefixLength(prefix.slice(0, -5));
  return undefined;
}

/**
 * A provider's dotted prefix, a name and Bedrock's version at its end: the shape of a Bedrock model
 * id ("amazon.nova-canvas-v1:0", "cohere.command-text-v14"), which no package or address has.
 */
const BEDROCK_ID = /(?<![\w.-])(?:([a-z-]+)\.)?([a-z0-9]+)\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*-v\d+(?::\d+)?)(?![\w.:-])/g;

/**
 * The Bedrock model ids in `text`, with any prefix before them ("bedrock/", a region, an ARN):
 * where each starts and ends, its name, and the id itself ("deepseek.v3-v1:0").
 */
export function bedrockIds(text: string): { start: number; end: number; name: string; id: string }[] {
  const ids: { start: number; end: number; name: string; id: string }[] = [];
  for (const id of text.matchAll(BEDROCK_ID)) {
    const [whole, region, provider = '', name = ''] = id;
    if (!DOTTED_PROVIDERS.has(provider)) continue;
    const at = id.index ?? 0;
    const end = at + whole.length;
    // LiteLLM writes some with the provider twice: "stability.stability.sd3-large-v1:0".
    const twice = region === provider;
    if (region && !twice && !REGIONS.has(region)) continue;
    const start = nameStart(text, twice ? at + region.length + 1 : end - name.length);
    if (start !== undefined) ids.push({ start, end, name, id: `${provider}.${name}` });
  }
  return ids;
}

/** Format and packaging words that leave the model the same. */
const FORMAT_WORDS = new Set([
  'instruct',
  // Tables shorten it: "Qwen2.5 72B-Inst".
  'inst',
  'chat',
  'it',
  'hf',
  'gguf',
  'ggml',
  // GGML's file format version, glued: "ggmlv3".
  'ggmlv',
  'llamafile',
  // Weights as a file or an archive: "llama-2-7b-chat.ggmlv3.q4_0.bin", "mistral-7B-Instruct-v0.3.tar".
  'bin',
  'safetensors',
  'pth',
  'ckpt',
  'tar',
  'awq',
  'gptq',
  'mlx',
  'exl2',
  'onnx',
  'latest',
  'bit',
  'fp',
  'bf',
  'f',
  'int',
  'q',
  'iq',
  'v',
  'qat',
  'dynamic',
  'quantized',
  'quantised',
  'bnb',
  'nf',
  'mxfp',
  'nvfp',
  // Compiled for a runtime ("-q4f16_1-cuda.so", "-MLC", "-webgpu.wasm").
  'mlc',
  'cuda',
  'metal',
  'vulkan',
  'webgpu',
  'opencl',
  'rocm',
  'so',
  'wasm',
  // Effort, mode and routing settings name the model they set ("o4-mini-high", "deepseek-r1:free",
  // "claude-3-7-sonnet-20250219-thinking", "llama-3.1-70b:nitro").
  'free',
  'high',
  'low',
  'medium',
  'minimal',
  'xhigh',
  'nitro',
  'floor',
  'online',
  'exacto',
  // Ollama's cloud, where the model runs: "gpt-oss:120b-cloud", "glm-4.6:cloud"; Together's
  // throughput serving ("-tput") and Vertex AI's model as a service ("-maas").
  'cloud',
  'tput',
  'maas',
  'extended',
  // The Berkeley Function-Calling Leaderboard's mode: the model called with its function-calling API ("gpt-4.1-2025-04-14-FC").
  'fc',
  'thinking',
  'reasoning',
  'nonthinking',
  'non',
]);
/** Words after which a number of thousands is a budget ("-thinking-16k"). */
const BUDGET_WORDS = new Set(['thinking', 'reasoning', 'high', 'low', 'medium']);
/** Quantisation letters, only after a "q" ("q4_K_M", "Q5_K_S", MLC's "q4f16_1"). */
const QUANT_LETTERS = new Set(['k', 'm', 's', 'l', 'xl', 'xs', 'xxs', 'nl', 'f']);
/** Words that make a snapshot or a preview of the same model ("-preview-05-06", "-exp-0827", ":beta"). */
const SNAPSHOT_WORDS = new Set(['preview', 'exp', 'experimental', 'beta', 'alpha', 'rc', 'snapshot', 'release']);

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

/** Whether tokens from `i` spell a quantisation's weight and activation bits: "w8a8", "w4a16". */
function isWeightActivationBits(tokens: readonly AffixToken[], i: number): boolean {
  return (
    tokens[i]?.value === 'w' &&
    /^\d+$/.test(tokens[i + 1]?.value ?? '') &&
    tokens[i + 2]?.value === 'a' &&
    /^\d+$/.test(tokens[i + 3]?.value ?? '')
  );
}

/**
 * How many of `tokens` (those joined after a known name) are format suffixes or snapshot dates,
 * which keep the same model. `after` is the name's last word, for a suffix that only a tuned
 * model's name takes ("…-8B-Instruct-Turbo").
 */
export function formatSuffixLength(tokens: readonly AffixToken[], after = ''): number {
  let i = 0;
  let quantised = false;
  while (i < tokens.length) {
    const token = tokens[i] as AffixToken;
    const previous = tokens[i - 1]?.value ?? '';
    const date = dateLength(tokens, i);
    if (date > 0) i += date;
    else if (BUDGET_WORDS.has(previous) && /^\d+$/.test(token.value) && tokens[i + 1]?.value === 'k') i += 2;
    else if (FORMAT_WORDS.has(token.value)) {
      quantised ||= token.value === 'q' || token.value === 'iq';
      i++;
    } else if (quantised && QUANT_LETTERS.has(token.value)) i++;
    // A host's faster or lighter serving of a tuned open model: "Meta-Llama-3.1-8B-Instruct-Turbo",
    // "Meta-Llama-3-8B-Instruct-Lite".
    else if ((token.value === 'turbo' || token.value === 'lite') && TUNED_WORDS.has(i === 0 ? after : previous)) i++;
    // Weights and activations' bits: "-quantized.w8a8", "-w4a16".
    else if (isWeightActivationBits(tokens, i)) i += 4;
    else if (/^\d+$/.test(token.value) && (FORMAT_WORDS.has(previous) || quantised || /^0\d+$/.test(token.value))) {
      // "fp8", "v2", "q4", "int4", and Gemini's "-001".
      i++;
    } else if (/^\d+$/.test(token.value) && tokens[i + 1]?.value === 'bit') i++;
    // MLX's group size after the bits: "-4bit-g32".
    else if (previous === 'bit' && token.value === 'g' && /^\d+$/.test(tokens[i + 1]?.value ?? '')) i += 2;
    else if (/^\d+$/.test(token.value) && tokens[i - 2]?.value === 'v') {
      // The minor part of a cloud version: "-v2:0", "-v1.5".
      i++;
    } else break;
  }
  return i;
}

/**
 * Whether tokens joined after a known name make a snapshot or preview of the same model: release
 * tags and words ("-2507", "-0528", "-preview-05-06", "-exp-0827", "-api-0514"), with format
 * suffixes anywhere among them. A dated snapshot names its model.
 */
export function isSnapshotTail(tokens: readonly AffixToken[]): boolean {
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
    // LMArena's API snapshots: "gemini-1.5-pro-api-0514", "gemini-1.5-pro-api-preview".
    const after = tokens[i + 1]?.value ?? '';
    const api = value === 'api' && (/^\d+$/.test(after) || SNAPSHOT_WORDS.has(after));
    if (!/^\d+$/.test(value) && !SNAPSHOT_WORDS.has(value) && !api) return false;
    tagged = true;
    i++;
  }
  return tagged;
}
