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
  'qwen2',
  'qwen3',
]);

/** Words that may follow a family with spaces ("Mistral 7B Instruct", "Llama 2 70B Chat"). */
const SPACED_WORDS = new Set(['instruct', 'chat', 'base', 'it', 'b', 'm', 'x', 'v']);

export interface LexiconToken {
  value: string;
  separator: 'none' | 'joiner' | 'space';
}

/** A size: "7B", "8x7B", "1.5B", "500M". */
function hasSize(tokens: readonly LexiconToken[]): boolean {
  return tokens.some(
    (token, i) => i > 0 && (token.value === 'b' || token.value === 'm') && /^\d+$/.test(tokens[i - 1]?.value ?? ''),
  );
}

/**
 * How many leading tokens form a model-shaped name, or 0. `tokens[0]` must be a family; the
 * rest are the tokens after it, each with the separator before it. Written as one identifier
 * ("vicuna-13b-v1.5") it needs a digit; written with spaces ("Mistral 7B") it needs a size, so
 * "Gemini 7" (the spacecraft) and "Claude Code" (the tool) are not models.
 */
export function modelShapedLength(tokens: readonly LexiconToken[]): number {
  const first = tokens[0];
  if (!first || !MODEL_FAMILIES.has(first.value)) return 0;
  let joined = 1;
  while (joined < tokens.length && tokens[joined]?.separator !== 'space') joined++;
  const identifier = tokens.slice(0, joined);
  if (joined >= 2 && identifier.some((token) => /\d/.test(token.value))) return joined;
  // Spaced: family, then only version, size and format words.
  let spaced = 1;
  while (spaced < tokens.length) {
    const token = tokens[spaced] as LexiconToken;
    if (!/^\d+$/.test(token.value) && !SPACED_WORDS.has(token.value)) break;
    spaced++;
  }
  const name = tokens.slice(0, spaced);
  return hasSize(name) ? spaced : 0;
}

/** The family a model-shaped name belongs to: "qwen3" for "Qwen3-30B-A3B", "vicuna" for "vicuna-13b". */
export function familyOf(tokens: readonly LexiconToken[]): string {
  const [first, second] = tokens;
  if (!first) return '';
  if (second && second.separator === 'none' && /^\d+$/.test(second.value)) return `${first.value}${second.value}`;
  return first.value;
}
