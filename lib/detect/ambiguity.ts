import { nameTokens } from './tokens';

/**
 * First words of model names that are ordinary words or codes elsewhere: a short name starting
 * with one ("Grok 4", "Sonnet 4.5", "Phi-4", "Nova Pro", "o3") counts only on pages about AI.
 */
const AMBIGUOUS_HEADS = new Set([
  'sonnet',
  'opus',
  'haiku',
  'gemini',
  'grok',
  'phi',
  'command',
  'nova',
  'jamba',
  'mistral',
  'llama',
  'kimi',
  'codestral',
  'magistral',
  // Animals, birds, winds and words first: "Vicuna", "Falcon 2", "Orca 2" are models only on pages about AI.
  'vicuna',
  'alpaca',
  'koala',
  'dolly',
  'guanaco',
  'gorilla',
  'orca',
  'falcon',
  'zephyr',
  'hermes',
  'dolphin',
  'starling',
  'phoenix',
  'baize',
  'solar',
  'granite',
  // A currency and a plant: "Yuan 2", "MOSS-7B" are models only on pages about AI.
  'yuan',
  'moss',
]);

/** Whether a name beyond the dataset that starts with `word` ("Moss-7B", "Yuan-2") needs an AI context to count. */
export function isAmbiguousHead(word: string): boolean {
  return AMBIGUOUS_HEADS.has(word);
}

/** Whether a form of a model's name needs an AI context to count. */
export function isAmbiguousForm(form: string): boolean {
  const tokens = nameTokens(form);
  if (tokens.join('').length <= 3) return true;
  // Shorthands that start with a version ("4.1 mini", "3.5 Sonnet") read as models only in context.
  if (/^\d/.test(tokens[0] ?? '')) return true;
  const head = tokens[0] ?? '';
  // One word of letters ("Mercury", "Titan", "Vicuna") may be an ordinary word.
  if (tokens.length === 1 && /^[a-z]+$/.test(head)) return true;
  if (['sonnet', 'opus', 'haiku'].includes(head)) return tokens.length <= 4;
  return AMBIGUOUS_HEADS.has(head) && tokens.length <= 2;
}

/** Words that only pages about AI models use together. */
const AI_TERMS =
  /\b(LLMs?|large language models?|language models?|OpenAI|Anthropic|ChatGPT|Hugging ?Face|prompts?|fine-?tun\w*|inference|context window|tokens? per second|chatbots?|AI models?|reasoning models?|Ollama|vLLM|open[- ]weights?|model weights|system prompt|API key|embeddings?|RAG|agentic)\b/gi;

/** How many distinct AI terms a text uses: two or more means it is about AI models. */
export function countAiTerms(text: string): number {
  const found = new Set<string>();
  for (const match of text.matchAll(AI_TERMS)) found.add(match[0].toLowerCase().replace(/\W/g, ''));
  return found.size;
}

export const AI_CONTEXT_MIN_TERMS = 2;
