/**
 * Which benchmark snapshot entry measures a dataset model, where the model's own figures do not
 * say (a model whose Artificial Analysis figures cite AA's page for an entry is that entry's), or
 * where its names match more than one LLM-Stats entry. Each link is the same model: the same
 * weights at the vendor's default setting, never a sibling size, a later snapshot or a variant.
 * `null` keeps a model away from a snapshot whose entry its names would otherwise match, and
 * `skip` leaves out LLM-Stats figures its entry holds that are of another model (the base model a
 * vendor's card also tables, an earlier release) or of another benchmark (OpenAI reports MATH-500
 * as "MATH" for o1 and later, simple-evals' footnote says).
 */
export interface ScoreLink {
  /** Artificial Analysis' slug (artificialanalysis.ai/models/<slug>). */
  artificialAnalysis?: string | null;
  /** LLM-Stats' model id. */
  llmStats?: string | null;
  /** LMArena's model name on its text leaderboard. */
  lmArena?: string | null;
  /** Why the entry is this model. */
  why?: string;
  /** Dataset benchmark ids whose LLM-Stats figure is left out, with the reason. */
  skip?: Record<string, string>;
}

const BASE_MODEL = "the base model's figure, which the card tables beside the tuned one's";
const MATH_500 = 'OpenAI evaluates o1 and later models on MATH-500 and calls it MATH';

export const SCORE_LINKS: Record<string, ScoreLink> = {
  'liquid/lfm-2.5-1.2b-instruct': {
    artificialAnalysis: 'lfm2-5-1-2b-instruct',
    why: 'AA "LFM2.5-1.2B-Instruct" is this model',
  },
  'liquid/lfm-2.5-1.2b-thinking': {
    artificialAnalysis: 'lfm2-5-1-2b-thinking',
    why: 'AA "LFM2.5-1.2B-Thinking" is this model',
  },
  'liquid/lfm-2.5-8b-a1b': {
    artificialAnalysis: 'lfm2-5-8b-a1b',
    why: 'AA "LFM2.5-8B-A1B" is this model',
  },
  'liquid/lfm-2.5-vl-1.6b': {
    artificialAnalysis: 'lfm2-5-vl-1-6b',
    why: 'AA "LFM2.5-VL-1.6B" is this model',
  },
  'perplexity/sonar-reasoning': {
    artificialAnalysis: 'sonar-reasoning',
    why: 'AA "Sonar Reasoning" is this model',
  },
  'cohere/tiny-aya-global': {
    artificialAnalysis: 'tiny-aya-global',
    why: 'AA "Tiny Aya Global" is this model',
  },
  'inclusionai/ling-3.0-tiny': {
    artificialAnalysis: 'ling-3-0-tiny',
    why: 'AA "Ling 3.0 Tiny" is this model',
  },
  'nvidia/nemotron-3-nano-4b': {
    artificialAnalysis: 'nvidia-nemotron-3-nano-4b',
    why: 'AA "NVIDIA Nemotron 3 Nano 4B" is this model',
  },
  'nvidia/nemotron-cascade-2-30b-a3b': {
    artificialAnalysis: 'nemotron-cascade-2-30b-a3b',
    why: 'AA "Nemotron Cascade 2 30B A3B" is this model',
  },
  'allenai/olmo-2-1124-7b-instruct': {
    artificialAnalysis: 'olmo-2-7b',
    why: 'AA "OLMo 2 7B" is this model',
  },
  'allenai/olmo-3-7b-instruct': {
    artificialAnalysis: 'olmo-3-7b-instruct',
    why: 'AA "Olmo 3 7B Instruct" is this model',
  },
  'allenai/olmo-3-7b-think': {
    artificialAnalysis: 'olmo-3-7b-think',
    why: 'AA "Olmo 3 7B Think" is this model',
  },
  'allenai/olmo-3.1-32b-think': {
    artificialAnalysis: 'olmo-3-1-32b-think',
    why: 'AA "Olmo 3.1 32B Think" is this model',
  },
  'allenai/olmo-3.1-32b-instruct': {
    artificialAnalysis: 'olmo-3-1-32b-instruct',
    why: 'AA "Olmo 3.1 32B Instruct" is this model',
  },
  'allenai/llama-3.1-tulu-3-405b': {
    artificialAnalysis: 'tulu3-405b',
    why: 'AA "Llama 3.1 Tulu3 405B" is this model',
  },
  'allenai/molmo-7b-d': {
    artificialAnalysis: 'molmo-7b-d',
    why: 'AA "Molmo 7B-D" is this model',
  },
  'allenai/molmo2-8b': {
    artificialAnalysis: 'molmo2-8b',
    why: 'AA "Molmo2-8B" is this model',
  },
  'google/gemma-3-270m-it': {
    artificialAnalysis: 'gemma-3-270m',
    why: 'AA "Gemma 3 270M" is this model',
  },
  'ibm-granite/granite-4.0-350m': {
    artificialAnalysis: 'granite-4-0-350m',
    why: 'AA "Granite 4.0 350M" is this model',
  },
  'ibm-granite/granite-4.0-h-350m': {
    artificialAnalysis: 'granite-4-0-h-350m',
    why: 'AA "Granite 4.0 H 350M" is this model',
  },
  'ibm-granite/granite-4.0-1b': {
    artificialAnalysis: 'granite-4-0-nano-1b',
    why: 'AA "Granite 4.0 1B" is this model',
  },
  'ibm-granite/granite-4.0-h-1b': {
    artificialAnalysis: 'granite-4-0-h-nano-1b',
    why: 'AA "Granite 4.0 H 1B" is this model',
  },
  'ibm-granite/granite-4.1-3b': {
    artificialAnalysis: 'granite-4-1-3b',
    why: 'AA "Granite 4.1 3B" is this model',
  },
  'ibm-granite/granite-4.1-30b': {
    artificialAnalysis: 'granite-4-1-30b',
    why: 'AA "Granite 4.1 30B" is this model',
  },
  'liquid/lfm-2-1.2b': {
    artificialAnalysis: 'lfm2-1-2b',
    why: 'AA "LFM2 1.2B" is this model',
  },
  'liquid/lfm-2-2.6b': {
    artificialAnalysis: 'lfm2-2-6b',
    why: 'AA "LFM2 2.6B" is this model',
  },
  'liquid/lfm-2-8b-a1b': {
    artificialAnalysis: 'lfm2-8b-a1b',
    why: 'AA "LFM2 8B A1B" is this model',
  },
  'moonshotai/kimi-linear-48b-a3b-instruct': {
    artificialAnalysis: 'kimi-linear-48b-a3b-instruct',
    why: 'AA "Kimi Linear 48B A3B Instruct" is this model',
  },
  'inclusionai/ling-1t': {
    artificialAnalysis: 'ling-1t',
    why: 'AA "Ling-1T" is this model',
  },
  'inclusionai/ling-mini-2.0': {
    artificialAnalysis: 'ling-mini-2-0',
    why: 'AA "Ling-mini-2.0" is this model',
  },
  'inclusionai/ring-1t': {
    artificialAnalysis: 'ring-1t',
    why: 'AA "Ring-1T" is this model',
  },
  'inclusionai/ring-flash-2.0': {
    artificialAnalysis: 'ring-flash-2-0',
    why: 'AA "Ring-flash-2.0" is this model',
  },
  'ai21/jamba-reasoning-3b': {
    artificialAnalysis: 'jamba-reasoning-3b',
    why: 'AA "Jamba Reasoning 3B" is this model',
  },
  'tiiuae/falcon-h1r-7b': {
    artificialAnalysis: 'falcon-h1r-7b',
    why: 'AA "Falcon-H1R-7B" is this model',
  },
  'qwen/qwen3-vl-4b-instruct': {
    artificialAnalysis: 'qwen3-vl-4b-instruct',
    why: 'AA "Qwen3 VL 4B Instruct" is this model',
  },
  'swiss-ai/apertus-8b-instruct': {
    artificialAnalysis: 'apertus-8b-instruct',
    why: 'AA "Apertus 8B Instruct" is this model',
  },
  'swiss-ai/apertus-70b-instruct': {
    artificialAnalysis: 'apertus-70b-instruct',
    why: 'AA "Apertus 70B Instruct" is this model',
  },
  'prime-intellect/intellect-3': {
    artificialAnalysis: 'intellect-3',
    why: 'AA "INTELLECT-3" is this model',
  },
  'allenai/olmo-2-0325-32b-instruct': {
    artificialAnalysis: 'olmo-2-32b',
    why: 'AA "OLMo 2 32B" of 2025-03-13 is the March 2025 32B Instruct',
  },
  'openai/gpt-4o-2024-08-06': {
    artificialAnalysis: 'gpt-4o-2024-08-06',
    llmStats: null,
    why: "AA \"GPT-4o (Aug '24)\" is this snapshot; LLM-Stats' gpt-4o-2024-08-06 gathers what OpenAI gave for GPT-4o in May, at GPT-4.1's launch (the 2024-11-20 snapshot) and at GPT-5's",
  },
  'openai/gpt-4o-2024-05-13': {
    llmStats: 'gpt-4o-2024-05-13',
    why: 'LLM-Stats gpt-4o-2024-05-13 is this snapshot',
  },
  'openai/gpt-4o-mini': {
    llmStats: 'gpt-4o-mini-2024-07-18',
    why: 'GPT-4o mini has one snapshot, 2024-07-18',
  },
  'openai/gpt-4o-mini-2024-07-18': {
    artificialAnalysis: 'gpt-4o-mini',
    llmStats: 'gpt-4o-mini-2024-07-18',
    why: 'GPT-4o mini has one snapshot, 2024-07-18: AA "GPT-4o mini" and LLM-Stats gpt-4o-mini-2024-07-18 are it',
  },
  'openai/gpt-5-chat': {
    artificialAnalysis: 'gpt-5-chatgpt',
    why: 'AA "GPT-5 (ChatGPT)" is gpt-5-chat-latest, the GPT-5 model ChatGPT answers with',
  },
  'google/gemini-2.0-flash-exp': {
    artificialAnalysis: 'gemini-2-0-flash-experimental',
    why: 'AA "Gemini 2.0 Flash (experimental)" is gemini-2.0-flash-exp of 2024-12-11',
  },
  'baidu/ernie-4.5-300b-a47b': {
    artificialAnalysis: 'ernie-4-5-300b-a47b',
    why: 'AA "ERNIE 4.5 300B A47B" is the post-trained ERNIE-4.5-300B-A47B-PT',
  },
  'google/gemini-2.0-pro-exp-02-05': {
    artificialAnalysis: 'gemini-2-0-pro-experimental-02-05',
    why: 'AA "Gemini 2.0 Pro Experimental (Feb \'25)" is gemini-2.0-pro-exp-02-05',
  },
  'google/gemini-2.5-pro-preview-05-06': {
    artificialAnalysis: 'gemini-2-5-pro-05-06',
    why: 'AA "Gemini 2.5 Pro Preview (May\' 25)" is the 05-06 preview',
  },
  'qwen/qwen3-vl-8b-thinking': {
    artificialAnalysis: 'qwen3-vl-8b-reasoning',
    why: 'AA lists the Thinking checkpoint of Qwen3-VL 8B as "Qwen3 VL 8B (Reasoning)", the Instruct one apart',
  },
  'qwen/qwen3-vl-30b-a3b-thinking': {
    artificialAnalysis: 'qwen3-vl-30b-a3b-reasoning',
    why: 'AA lists the Thinking checkpoint of Qwen3-VL 30B A3B as "Qwen3 VL 30B A3B (Reasoning)", the Instruct one apart',
  },
  'qwen/qwen3-vl-32b-thinking': {
    artificialAnalysis: 'qwen3-vl-32b-reasoning',
    why: 'AA lists the Thinking checkpoint of Qwen3-VL 32B as "Qwen3 VL 32B (Reasoning)", the Instruct one apart',
  },
  'anthropic/claude-3.5-sonnet-20240620': {
    llmStats: 'claude-3-5-sonnet-20240620',
    why: 'LLM-Stats claude-3-5-sonnet-20240620 is this snapshot (the undated id names the October one)',
  },
  'cohere/command-r-plus': {
    llmStats: 'command-r-plus-04-2024',
    why: 'its scores cite the c4ai-command-r-plus card, the 04-2024 model this id names',
  },
  'meta-llama/llama-3.2-11b-vision-instruct': {
    llmStats: 'llama-3.2-11b-instruct',
    why: 'Llama 3.2 11B Instruct is the vision model; there is no text-only 11B',
  },
  'meta-llama/llama-3.2-90b-vision-instruct': {
    llmStats: 'llama-3.2-90b-instruct',
    why: 'Llama 3.2 90B Instruct is the vision model; there is no text-only 90B',
  },
  'mistralai/magistral-medium-2506': {
    llmStats: 'magistral-medium',
    why: 'LLM-Stats magistral-medium is the June 2025 release, 2506',
  },
  'x-ai/grok-2-1212': {
    llmStats: null,
    why: "LLM-Stats' grok-2 holds what xAI gave for Grok 2 in August 2024, four months before this snapshot",
  },
  'anthropic/claude-3.5-sonnet': {
    skip: { bbh: "the June model's figure: the October launch post tables no BIG-Bench Hard" },
  },
  'google/gemini-1.5-pro': {
    skip: { bbh: "the May 2024 model's figure (Gemini 1.5 report); this entry is the -002 of September" },
  },
  'google/gemini-1.5-flash': {
    skip: { bbh: "the May 2024 model's figure (Gemini 1.5 report); this entry is the -002 of September" },
  },
  'google/gemini-2.0-flash-001': {
    skip: { math: 'the December 2024 figure of Gemini 2.0 Flash Experimental, not of the February release' },
  },
  'google/gemma-2-9b-it': { skip: { 'arc-challenge': BASE_MODEL, math: BASE_MODEL } },
  'google/gemma-2-27b-it': { skip: { 'arc-challenge': BASE_MODEL, math: BASE_MODEL } },
  'ibm-granite/granite-3.3-8b-instruct': { skip: { bbh: BASE_MODEL } },
  'meta-llama/llama-4-scout': { skip: { math: BASE_MODEL } },
  'meta-llama/llama-4-maverick': { skip: { math: BASE_MODEL } },
  'mistralai/ministral-8b': { skip: { 'arc-challenge': BASE_MODEL } },
  'nvidia/llama-3.1-nemotron-70b-instruct': {
    skip: { 'arc-challenge': "its link is NVIDIA's post on Llama 3.1 Nemotron 51B, another model" },
  },
  'microsoft/wizardlm-13b-v1.2': {
    lmArena: 'wizardlm-13b',
    why: "LMArena's board names it WizardLM-13b-v1.2 and links WizardLM/WizardLM-13B-V1.2 (its CSV of 2025-08-04)",
  },
  'microsoft/wizardlm-70b-v1.0': {
    lmArena: 'wizardlm-70b',
    why: "LMArena's board names it WizardLM-70B-v1.0 and links WizardLM/WizardLM-70B-V1.0 (its CSV of 2025-08-04)",
  },
  'openai/gpt-4': { skip: { math: 'the figure OpenAI gave for the first GPT-4 (0314); this entry is 0613' } },
  'openai/gpt-5': { skip: { math: MATH_500 } },
  'openai/o1': { skip: { math: MATH_500 } },
  'openai/o1-preview': { skip: { math: MATH_500 } },
  'openai/o3-mini': {
    lmArena: 'o3-mini',
    why: 'LMArena rates o3-mini at its default (medium) effort and o3-mini-high apart',
    skip: { math: MATH_500 },
  },
  'qwen/qwen-2-72b-instruct': { skip: { 'arc-challenge': BASE_MODEL, bbh: BASE_MODEL } },
  'qwen/qwen-2.5-14b-instruct': { skip: { 'arc-challenge': BASE_MODEL, bbh: BASE_MODEL } },
  'qwen/qwen-2.5-32b-instruct': { skip: { 'arc-challenge': BASE_MODEL, bbh: BASE_MODEL } },
  'qwen/qwen-2.5-coder-7b-instruct': { skip: { 'arc-challenge': BASE_MODEL, math: BASE_MODEL } },
  'qwen/qwen-2.5-coder-32b-instruct': { skip: { 'arc-challenge': BASE_MODEL, math: BASE_MODEL } },
  'qwen/qwen3-235b-a22b': { skip: { bbh: BASE_MODEL, math: BASE_MODEL } },
};
