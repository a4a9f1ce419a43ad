/**
 * Model families, for names no dataset holds: fine-tunes, research models, new releases
 * ("vicuna-13b-v1.5", "OpenHermes-2.5-Mistral-7B", "DeepSeek-R1-Distill-Llama-8B"). A name is
 * model-shaped when it starts with one of these and carries a version or size.
 */
export const MODEL_FAMILIES = new Set([
  'gpt',
  'chatgpt',
  'claude',
  'gemini',
  'gemma',
  'codegemma',
  'llama',
  'codellama',
  'vicuna',
  'alpaca',
  'mistral',
  'mixtral',
  'ministral',
  'codestral',
  'devstral',
  'magistral',
  'pixtral',
  'qwen',
  'qwq',
  'codeqwen',
  'deepseek',
  'phi',
  'yi',
  'falcon',
  'mpt',
  'olmo',
  'granite',
  'starcoder',
  'wizardlm',
  'wizardcoder',
  'zephyr',
  'orca',
  'openhermes',
  'hermes',
  'nous',
  'openchat',
  'solar',
  'internlm',
  'chatglm',
  'glm',
  'baichuan',
  'minicpm',
  'smollm',
  'smolvlm',
  'tinyllama',
  'pythia',
  'bloom',
  'bloomz',
  'stablelm',
  'dolly',
  'grok',
  'jamba',
  'nemotron',
  'aya',
  'dbrx',
  'exaone',
  'kimi',
  'minimax',
  'ernie',
  'hunyuan',
  'command',
  'nova',
  'dolphin',
  'wizard',
  'airoboros',
  'tulu',
  // Older open models, still named on pages.
  'opt',
  'flan',
  't5',
  'cerebras',
  'redpajama',
  'galactica',
  'codegen',
  'koala',
  'guanaco',
  'starling',
  'mythomax',
  'xgen',
  'palm',
  'llemma',
  'wizardmath',
  'xverse',
  'skywork',
  'aquila',
  'palmyra',
  'rwkv',
  'openelm',
  'olmoe',
  'zamba',
  'mathstral',
  'bitnet',
  'longchat',
  'yuan',
  'moss',
  'metamath',
  'codegeex',
  'baize',
  'incoder',
  'openllama',
  'tigerbot',
  'aquilachat',
  'bluelm',
  'xuanyuan',
  'kwaiyii',
  'telechat',
  'seallm',
  'kullm',
  'xwin',
  'decilm',
  'nexusraven',
  'batgpt',
  'chatlaw',
  'huatuogpt',
  'visualglm',
  'cogagent',
  'openthinker',
  'mammoth',
  'magicoder',
  'openorca',
  'koalpaca',
  'flacuna',
  'bayling',
  'ultralm',
  'yulan',
  // Vision, embedding, rerank and speech models.
  'llava',
  'moondream',
  'idefics',
  'paligemma',
  'internvl',
  'cogvlm',
  'molmo',
  'bge',
  'gte',
  'jina',
  'voyage',
  'nomic',
  'mxbai',
  'whisper',
]);

/**
 * Families whose models are named by size: "Qwen3" or "Llama 3.1" alone is a series of models,
 * and only a size or a tier ("Qwen3 8B", "Llama 3.1 70B") names one.
 */
const SIZE_NAMED_FAMILIES = new Set([
  'llama',
  'qwen',
  'gemma',
  'phi',
  'mistral',
  'mixtral',
  'yi',
  'falcon',
  'olmo',
  'smollm',
  'pythia',
  'bloom',
  'granite',
  'internlm',
  'minicpm',
  'starcoder',
  'codellama',
  'vicuna',
  'alpaca',
  'tinyllama',
  'stablelm',
  // Words or codes elsewhere ("opt-in", "PaLM" of a hand, the T5 form factor): a model only with a size or tier.
  'opt',
  'flan',
  't5',
  'palm',
  'koala',
  'aquila',
  'voyage',
  'whisper',
  'jina',
  'nomic',
  'mammoth',
]);

/**
 * A tuned model's words, written after its name ("Gemma 3 1B Instruct", "Llama 2 Chat"): after a
 * series' name they name its tuned models, and a host's "-Turbo" after them is a faster serving.
 */
export const TUNED_WORDS = new Set(['instruct', 'chat']);

/** Tier words that, with a version, make a spaced name one model ("Claude 3 Haiku", "Gemini 1.5 Pro", "Nova 2 Lite"). */
export const TIER_WORDS = new Set([
  'sonnet',
  'opus',
  'haiku',
  'pro',
  'flash',
  'lite',
  'mini',
  'nano',
  'air',
  'large',
  'medium',
  'small',
  'micro',
  'premier',
  'plus',
  'max',
  'turbo',
  'fast',
  'ultra',
  'xl',
  'xxl',
]);

/** Words after a generation's version that name a line of it ("qwen2.5-coder", "Llama 3.2 Vision", "Qwen 2 VL"). */
export const SERIES_KIND_WORDS = new Set([
  'coder',
  'math',
  'vision',
  'vl',
  'moe',
  'code',
  'embed',
  'embedding',
  'guard',
  'audio',
  'omni',
]);

/** Words that make a name another thing than a model: a data set, a demo, a script, a configuration. */
export const NOT_MODEL_WORDS = new Set([
  'data',
  'dataset',
  'datasets',
  'demo',
  'demos',
  'eval',
  'evals',
  'config',
  'configs',
  'train',
  'training',
  'test',
  'tests',
  'sample',
  'samples',
  'bench',
  'benchmark',
  'repo',
  'paper',
  'script',
  'scripts',
  'docs',
  'server',
  'client',
  'app',
  'webui',
  'cli',
  'sdk',
  'template',
  'templates',
  'tokenizer',
  'recipe',
  'recipes',
  'results',
  'leaderboard',
]);

/** Words that may follow a family with spaces ("Mistral 7B Instruct", "Claude 3.5 Sonnet v2", "Llama 3.2 Vision"). */
const SPACED_WORDS = new Set([
  'instruct',
  'chat',
  'base',
  'it',
  'b',
  'm',
  'x',
  'v',
  ...TIER_WORDS,
  ...SERIES_KIND_WORDS,
]);

export interface LexiconToken {
  value: string;
  separator: 'none' | 'joiner' | 'space';
}

/** A size: "7B", "8x7B", "1.5B", "500M", "A3B". */
export function hasSize(tokens: readonly LexiconToken[]): boolean {
  return tokens.some(
    (token, i) =>
      i > 0 &&
      token.separator === 'none' &&
      (token.value === 'b' || token.value === 'm') &&
      /^\d+$/.test(tokens[i - 1]?.value ?? ''),
  );
}

const hasTier = (tokens: readonly LexiconToken[]) => tokens.some((token) => TIER_WORDS.has(token.value));
const hasDigit = (tokens: readonly LexiconToken[]) => tokens.some((token) => /^\d/.test(token.value));

/** Whether a word may follow a family with spaces and still be part of the name. */
export function mayFollowWithSpace(value: string): boolean {
  return /^\d+$/.test(value) || SPACED_WORDS.has(value);
}

/** A name shaped like a model's, or like a series' ("Qwen3", "Llama 3.1", "Gemini 2.5"). */
export interface NameShape {
  /** How many leading tokens form the name. */
  length: number;
  series: boolean;
}

/**
 * How many leading tokens form a model-shaped name, and whether it names a series, or undefined.
 * `tokens[0]` must be a family; the rest are the tokens after it, each with the separator before
 * it. Written as one identifier ("vicuna-13b-v1.5", "GPT-4") it needs a version; for families
 * named by size, without a size or tier it is a series ("Qwen3", "llama3.1"). Written with spaces
 * ("Mistral 7B", "Claude 3 Haiku") it needs a size, or a version and a tier, to be a model, and a
 * version alone makes it a series ("Llama 3.1", "Gemini 7" — which counts only on a page about AI,
 * and "Claude Code", the tool, is no name at all).
 */
export function nameShape(tokens: readonly LexiconToken[]): NameShape | undefined {
  const first = tokens[0];
  if (!first || !MODEL_FAMILIES.has(first.value)) return undefined;
  let length = 1;
  while (length < tokens.length) {
    const token = tokens[length] as LexiconToken;
    // "A3B", "A22B": active parameters, after a size.
    const active =
      token.value === 'a' && /^\d+$/.test(tokens[length + 1]?.value ?? '') && tokens[length + 1]?.separator === 'none';
    if (
      token.separator === 'space' &&
      !mayFollowWithSpace(token.value) &&
      !active &&
      !(length === 1 && isLetterVersion(token, tokens[2]))
    ) {
      break;
    }
    // A number after a space, once the name has its size, is no part of it: another model's size
    // ("llama-30b-hf 65B"), a format ("DeepSeek-7B-chat 4bits"). A name has one size, its version before it.
    if (token.separator === 'space' && /^\d/.test(token.value) && hasSize(tokens.slice(0, length))) break;
    length++;
  }
  const name = tokens.slice(0, length);
  if (name.some((token) => NOT_MODEL_WORDS.has(token.value))) return undefined;
  // A number and a unit right after the family, no version: a count in thousands, a context
  // length or a dataset's size ("Mistral 32k", "Dolly 15k", "dolly-15k-instruction"), or
  // dimensions ("Gemini 3D spatial understanding", "Llama 2D plots").
  const number = name[1]?.value ?? '';
  const unit = name[2]?.separator === 'none' ? name[2].value : '';
  if ((unit === 'k' && /^\d+$/.test(number)) || (unit === 'd' && /^[1-4]$/.test(number))) return undefined;
  const bySize = SIZE_NAMED_FAMILIES.has(first.value);
  // "Skywork o1", "GLM Z1": a line's letter glued to its version, after a space: one model.
  if (isLetterVersion(name[1], name[2])) {
    let end = 3;
    while (name[end]?.separator === 'joiner' && /^\d+$/.test(name[end]?.value ?? '')) end++;
    return { length: end, series: false };
  }
  if (name.some((token) => token.separator === 'space')) {
    if (hasSize(name) || (hasDigit(name) && hasTier(name))) return { length: trimTail(name), series: false };
    const version = versionLength(name);
    if (version < 2) return undefined;
    // A year alone after the family is a date, no version: "Flan 2022 Collection", "Gemini 2024 roadmap".
    if (version === 2 && /^(?:19|20)\d{2}$/.test(name[1]?.value ?? '')) return undefined;
    // "Qwen 2 VL", "Llama 3.2 Vision": the line of a generation is a series too.
    let series = version;
    while (SERIES_KIND_WORDS.has(name[series]?.value ?? '')) series++;
    return { length: series, series: true };
  }
  // A provider's alias for its newest release of a tier: "mistral-small-latest", "gemini-flash-lite-latest".
  if (!hasDigit(name)) return isLatestAlias(name) ? { length: name.length, series: false } : undefined;
  if (name.length < 2) return undefined;
  // After the family comes a version, a tier, a line or a size ("gpt-4o", "deepseek-r1", "qwen-vl-max",
  // "gpt-neox-20b"); "gemini-demo-1" is a name of something else.
  if (!startsLikeAModel(name) && !hasSize(name)) return undefined;
  if (!bySize || hasSize(name) || hasTier(name) || name.length > 4 || isLineVersion(name)) {
    return { length: name.length, series: false };
  }
  // "Qwen3", "llama3.1", "phi-3", "qwen2.5-coder": a generation of models of several sizes.
  const version = versionLength(name);
  const kind = name[version];
  const series = version === name.length || (version === name.length - 1 && SERIES_KIND_WORDS.has(kind?.value ?? ''));
  return series ? { length: name.length, series: true } : undefined;
}

/**
 * A line's letter glued to its version, spaced after a family's word ("o" and "1" of "Skywork o1",
 * "k" and "1" of "Kimi k1.5"): no size's unit, no version's "v", no "x" of "8x7B", no "p" of "v3p1".
 */
export function isLetterVersion(letter: LexiconToken | undefined, version: LexiconToken | undefined): boolean {
  return (
    letter?.separator === 'space' &&
    /^[ac-lnoq-uwyz]$/.test(letter.value) &&
    version?.separator === 'none' &&
    /^\d+$/.test(version.value)
  );
}

/** Words that may come right after a family in a name. */
const NAME_WORDS = new Set(['v', 'instruct', 'chat', 'base', 'it', 'latest']);

function startsLikeAModel(name: readonly LexiconToken[]): boolean {
  const second = name[1]?.value ?? '';
  return (
    /^\d/.test(second) ||
    second.length === 1 ||
    NAME_WORDS.has(second) ||
    TIER_WORDS.has(second) ||
    SERIES_KIND_WORDS.has(second) ||
    MODEL_FAMILIES.has(second)
  );
}

/** A line's letter and its version, each joined ("MiniCPM-V-2.6", "minicpm-o-2_6"): one model, not a generation. */
function isLineVersion(name: readonly LexiconToken[]): boolean {
  const [, line, version] = name;
  return (
    line?.separator === 'joiner' &&
    /^[a-z]$/.test(line.value) &&
    version?.separator === 'joiner' &&
    /^\d+$/.test(version.value)
  );
}

/** How many leading tokens are the family and a version number ("Llama 3.1", "qwen2.5"), or 0. */
function versionLength(name: readonly LexiconToken[]): number {
  // A version may be written with its "v" ("LongChat v1.5", "Vicuna v1.3").
  const first = name[1]?.value === 'v' && name[1].separator === 'space' && name[2]?.separator === 'none' ? 2 : 1;
  let length = first;
  while (/^\d+$/.test(name[length]?.value ?? '') && (length === first || name[length]?.separator === 'joiner'))
    length++;
  if (length === first) return 0;
  // A letter glued to the version is part of it ("Gemma 3n"); "b" or "m" would make it a size.
  const glued = name[length];
  if (glued?.separator === 'none')
    return /^[a-z]$/.test(glued.value) && glued.value !== 'b' && glued.value !== 'm' ? length + 1 : 0;
  return length;
}

function isLatestAlias(name: readonly LexiconToken[]): boolean {
  const tiers = name.slice(1, -1);
  return tiers.length > 0 && name[name.length - 1]?.value === 'latest' && tiers.every((t) => TIER_WORDS.has(t.value));
}

/** A spaced name ends at its last version, size or tier word ("Claude 3 Haiku and" → "Claude 3 Haiku"). */
function trimTail(name: readonly LexiconToken[]): number {
  let length = name.length;
  while (
    length > 1 &&
    name[length - 1]?.separator === 'space' &&
    ['x', 'v', 'it'].includes(name[length - 1]?.value ?? '')
  ) {
    length--;
  }
  return length;
}

/** The family a model-shaped name belongs to: "qwen3" for "Qwen3-30B-A3B", "vicuna" for "vicuna-13b". */
export function familyOf(tokens: readonly LexiconToken[]): string {
  const [first, second] = tokens;
  if (!first) return '';
  if (second && second.separator === 'none' && /^\d+$/.test(second.value)) return `${first.value}${second.value}`;
  return first.value;
}
