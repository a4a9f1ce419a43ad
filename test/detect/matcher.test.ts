import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { readCuratedDataset } from '../../scripts/support/dataset';
import { scanText } from '../../scripts/support/scan-text';

const match = createMatcher(buildAliasIndex(readCuratedDataset().models));

/** What a page with only this text shows, as the content script finds names on it. */
async function detect(text: string) {
  return (await scanText('page.txt', text, match)).mentions.map((m) => ({
    text: m.text,
    model: m.modelId,
    ...(m.variantOf ? { variantOf: m.variantOf } : {}),
  }));
}

describe('known models, written every way', () => {
  it.each([
    ['GPT-4.1 mini vs GPT-4.1 nano', 'GPT-4.1 mini', 'openai/gpt-4.1-mini'],
    ['use gpt-4.1-mini here', 'gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['GPT 4.1 Mini is cheap', 'GPT 4.1 Mini', 'openai/gpt-4.1-mini'],
    ['the gpt_4.1_mini deployment', 'gpt_4.1_mini', 'openai/gpt-4.1-mini'],
    ['pinned to gpt-4.1-mini-2025-04-14 in prod', 'gpt-4.1-mini-2025-04-14', 'openai/gpt-4.1-mini'],
    ['route openai/gpt-4.1-mini through the gateway', 'openai/gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['claude-3-7-sonnet-20250219 works', 'claude-3-7-sonnet-20250219', 'anthropic/claude-3.7-sonnet'],
    ['We moved to Claude 3.7 Sonnet.', 'Claude 3.7 Sonnet', 'anthropic/claude-3.7-sonnet'],
    ['Claude Sonnet 3.7 is the same model', 'Claude Sonnet 3.7', 'anthropic/claude-3.7-sonnet'],
    ['Claude 4.5 Sonnet or claude-sonnet-4-5?', 'Claude 4.5 Sonnet', 'anthropic/claude-sonnet-4.5'],
    [
      'modelId: us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'anthropic/claude-3.7-sonnet',
    ],
    ['vertex: claude-sonnet-4-5@20250929', 'claude-sonnet-4-5@20250929', 'anthropic/claude-sonnet-4.5'],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet-latest', 'anthropic/claude-3.7-sonnet'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'meta-llama/Llama-3.3-70B-Instruct', 'meta-llama/llama-3.3-70b-instruct'],
    [
      'bartowski/Llama-3.3-70B-Instruct-GGUF',
      'bartowski/Llama-3.3-70B-Instruct-GGUF',
      'meta-llama/llama-3.3-70b-instruct',
    ],
    ['Llama-3.3-70B-Instruct-FP8', 'Llama-3.3-70B-Instruct-FP8', 'meta-llama/llama-3.3-70b-instruct'],
    ['ollama run llama3.1:8b', 'llama3.1:8b', 'meta-llama/llama-3.1-8b-instruct'],
    ['ollama pull qwen2.5:72b', 'qwen2.5:72b', 'qwen/qwen-2.5-72b-instruct'],
    ['ollama pull llama3.3:70b-instruct-q4_K_M', 'llama3.3:70b-instruct-q4_K_M', 'meta-llama/llama-3.3-70b-instruct'],
    ['Gemini 2.5 Flash is fast', 'Gemini 2.5 Flash', 'google/gemini-2.5-flash'],
    ['model: gemini-2.5-flash', 'gemini-2.5-flash', 'google/gemini-2.5-flash'],
    ['Upgrade to GPT-4.1.', 'GPT-4.1', 'openai/gpt-4.1'],
    ['gpt4o mini is fine', 'gpt4o mini', 'openai/gpt-4o-mini'],
    ['LLM inference: the 4.1 mini prompt cache', '4.1 mini', 'openai/gpt-4.1-mini'],
    ['LLM inference: qwen3 235b is slow on my box', 'qwen3 235b', 'qwen/qwen3-235b-a22b'],
    ['Claude 3 Haiku is cheap', 'Claude 3 Haiku', 'anthropic/claude-3-haiku'],
  ])('%s', async (text, found, model) => {
    expect(await detect(text)).toContainEqual({ text: found, model });
  });

  it('completes a shorthand through a size or a word, not through the next part of a version', async () => {
    const found = await detect('LLM inference: EXAONE-3 came before EXAONE-3.5-7.8B-Instruct; qwen3 235b is slow');
    expect(found).toContainEqual({ text: 'EXAONE-3', model: null });
    expect(found).toContainEqual({ text: 'EXAONE-3.5-7.8B-Instruct', model: 'lgai/exaone-3.5-7.8b-instruct' });
    expect(found).toContainEqual({ text: 'qwen3 235b', model: 'qwen/qwen3-235b-a22b' });
  });

  it("completes neither through a letter glued to a version nor a tuned model's name to a base model's", async () => {
    const found = await detect('LLM inference: Falcon-H1-7B and Falcon-H1R-7B; Skywork-13B-Chat and Skywork-13B');
    expect(found).toContainEqual({ text: 'Falcon-H1-7B', model: null });
    expect(found).toContainEqual({ text: 'Falcon-H1R-7B', model: 'tiiuae/falcon-h1r-7b' });
    expect(found).toContainEqual({ text: 'Skywork-13B-Chat', model: null });
    expect(found).toContainEqual({ text: 'Skywork-13B', model: 'skywork/skywork-13b-base' });
  });

  it('takes the longest name and not the shorter one inside it', async () => {
    expect(await detect('gpt-4.1-mini-2025-04-14')).toEqual([
      { text: 'gpt-4.1-mini-2025-04-14', model: 'openai/gpt-4.1-mini' },
    ]);
    expect(await detect('GPT-4o mini and GPT-4o')).toEqual([
      { text: 'GPT-4o mini', model: 'openai/gpt-4o-mini' },
      { text: 'GPT-4o', model: 'openai/gpt-4o' },
    ]);
  });

  it("reads DeepSeek's short names as the model each names, on a page about it", async () => {
    expect(await detect('DeepSeek V3.1 beat V3 and V3-0324; V3.1 is cheaper, and R1 thinks longer.')).toEqual([
      { text: 'DeepSeek V3.1', model: 'deepseek/deepseek-chat-v3.1' },
      { text: 'V3', model: 'deepseek/deepseek-chat' },
      { text: 'V3-0324', model: 'deepseek/deepseek-chat-v3-0324' },
      { text: 'V3.1', model: 'deepseek/deepseek-chat-v3.1' },
      { text: 'R1', model: 'deepseek/deepseek-r1' },
    ]);
  });

  it('takes in a snapshot in parentheses when the two spell a longer known name, and not a setting', async () => {
    expect(await detect('DeepSeek R1 (0528) leads, DeepSeek V3 (0324) follows')).toEqual([
      { text: 'DeepSeek R1 (0528)', model: 'deepseek/deepseek-r1-0528' },
      { text: 'DeepSeek V3 (0324)', model: 'deepseek/deepseek-chat-v3-0324' },
    ]);
    expect(await detect('Mistral Large (24.07) on Bedrock')).toEqual([
      { text: 'Mistral Large (24.07)', model: 'mistralai/mistral-large-2407' },
    ]);
    expect(await detect('gpt-5 (high) and GPT-4.1 (2025)')).toEqual([
      { text: 'gpt-5', model: 'openai/gpt-5' },
      { text: 'GPT-4.1', model: 'openai/gpt-4.1' },
    ]);
  });

  it("takes a provider's alias for its newest release of a tier as a name beyond the dataset", async () => {
    expect(match('set mistral-small-latest or gemini-flash-lite-latest').map((m) => [m.text, m.family])).toEqual([
      ['mistral-small-latest', 'mistral'],
      ['gemini-flash-lite-latest', 'gemini'],
    ]);
    expect(match('--model ~anthropic/claude-sonnet-latest').map((m) => m.text)).toEqual([
      '~anthropic/claude-sonnet-latest',
    ]);
    // Without a tier it names no model; a known model's alias stays that model.
    expect(match('the latest gemini, qwen-latest')).toEqual([]);
    expect(await detect('mistral-large-latest')).toEqual([
      { text: 'mistral-large-latest', model: 'mistralai/mistral-large' },
    ]);
  });

  it('leaves names inside web addresses alone, but takes a Hugging Face reference for Ollama whole', async () => {
    expect(await detect('see https://huggingface.co/openai/gpt-oss-20b and http://x.example/v1/gpt-4o')).toEqual([]);
    expect(await detect('base model: openai/gpt-oss-20b')).toEqual([
      { text: 'openai/gpt-oss-20b', model: 'openai/gpt-oss-20b' },
    ]);
    expect(match('ollama run hf.co/acme/gpt-oss-20b-extract-GGUF:Q4_K_M').map((m) => m.text)).toEqual([
      'hf.co/acme/gpt-oss-20b-extract-GGUF:Q4_K_M',
    ]);
  });

  it('reports exact offsets', async () => {
    const text = 'Compare GPT-4.1 mini with nano.';
    const [mention] = match(text);
    expect(mention).toMatchObject({ start: 8, end: 20, text: 'GPT-4.1 mini' });
  });
});

describe('never a hit for the shorter model', () => {
  it.each([
    ['gpt-4o-mini-tts reads text aloud'],
    ['build-gpt-4.1-mini-fork'],
    ['gpt-4.10 does not exist'],
    ['my_gpt-4.1-mini_wrapper'],
  ])('%s', async (text) => {
    expect(
      (await detect(text)).filter((m) => m.model === 'openai/gpt-4o-mini' || m.model === 'openai/gpt-4.1-mini'),
    ).toEqual([]);
  });
});

describe('names beyond the dataset', () => {
  it.each([
    ['Baichuan-M1-14B-Instruct was a medical model', 'Baichuan-M1-14B-Instruct', 'baichuan'],
    ['fine-tuned OpenHermes-2-Mistral-7B', 'OpenHermes-2-Mistral-7B', 'openhermes'],
    ['DeepSeek-VL-7B-base runs on a laptop', 'DeepSeek-VL-7B-base', 'deepseek'],
    ['Nous-Hermes-2-SOLAR-10.7B', 'Nous-Hermes-2-SOLAR-10.7B', 'nous'],
  ])('%s', async (text, found, family) => {
    expect(match(text)).toContainEqual(expect.objectContaining({ text: found, modelId: null, family }));
  });

  it('reads a newer version of a known model as a model beyond the dataset, not the known one', async () => {
    expect(match('Grok 4.7 is out')).toContainEqual(expect.objectContaining({ text: 'Grok 4.7', modelId: null }));
    expect(match('try gpt-4.7-preview')).toContainEqual(
      expect.objectContaining({ text: 'gpt-4.7-preview', modelId: null, family: 'gpt' }),
    );
  });

  it('reads no newer version of a name that is only a version ("V3"): a release of anything', async () => {
    expect(match('V3 beats GPT-4o')).toContainEqual(expect.objectContaining({ text: 'V3' }));
    expect(match('The v3.5 release of the SDK, and R1.2, speed up LLM inference with GPT-4o')).toEqual([
      expect.objectContaining({ text: 'GPT-4o', modelId: 'openai/gpt-4o' }),
    ]);
  });

  it('does not take a deployment or file name for a model', async () => {
    expect(match('deploy gpt-4o-mini-eastus now')).toEqual([]);
    expect(match('see qwen.qwen3-coder and llama.cpp')).toEqual([
      expect.objectContaining({ text: 'qwen.qwen3-coder', modelId: 'qwen/qwen3-coder' }),
    ]);
  });

  it('reads a dated preview or snapshot as its model', async () => {
    expect(match('gemini-2.5-flash-preview-05-20 is the preview')).toContainEqual(
      expect.objectContaining({ text: 'gemini-2.5-flash-preview-05-20', modelId: 'google/gemini-2.5-flash' }),
    );
  });

  it('reads no model in "GPT-4.x": GPT-4 is a model, and ".x" any version of a series', async () => {
    expect(await detect('GPT-4o and GPT-4.x models on Python 3.x')).toEqual([
      { text: 'GPT-4o', model: 'openai/gpt-4o' },
    ]);
  });

  it.each([['Gemini 7 was a crewed spacecraft'], ['Claude Code is a coding tool'], ['an RTX 4000 Ada card']])(
    'no model in %s',
    async (text) => {
      expect(await detect(text)).toEqual([]);
    },
  );
});

describe('ambiguous names count only where the page is about AI models', () => {
  it.each([
    ['Shall I compare thee to a summer’s day? Sonnet 18 is the best known of them.'],
    ['Ground-level ozone (O3) forms when O2 meets sunlight.'],
    ['Claude Monet painted water lilies at Giverny.'],
    ['Gemini is a constellation of the zodiac.'],
    ['Llama wool is warm and soft.'],
    ['The Mistral blows down the Rhône valley.'],
    ['The Canon EOS R1 is a flagship camera; the R1 focuses fast.'],
    ['The phi coefficient measures association between two binary variables.'],
    ['Opus is an audio codec for interactive speech and music.'],
    ['Haiku is an operating system inspired by BeOS.'],
    ['To grok something is to understand it intuitively.'],
    ['The Flux Pro laser cutter engraves wood; our flux-dev branch builds nightly.'],
  ])('%s', async (text) => {
    expect(await detect(text)).toEqual([]);
  });

  it('counts them on an AI page', async () => {
    expect(await detect('We route hard prompts to o3 and easy ones to GPT-4.1 nano.')).toEqual([
      { text: 'o3', model: 'openai/o3' },
      { text: 'GPT-4.1 nano', model: 'openai/gpt-4.1-nano' },
    ]);
    expect(await detect('For LLM inference with long prompts, Grok 4 is slow.')).toEqual([
      { text: 'Grok 4', model: 'x-ai/grok-4' },
    ]);
    expect(await detect('Image models: flux-pro and flux-dev beside GPT-4o.')).toEqual([
      { text: 'flux-pro', model: 'black-forest-labs/flux-1-pro' },
      { text: 'flux-dev', model: 'black-forest-labs/flux-1-dev' },
      { text: 'GPT-4o', model: 'openai/gpt-4o' },
    ]);
  });

  it("reads NVIDIA's NeMo as no model on an AI page that names no Mistral NeMo", async () => {
    expect(await detect('Evaluate GPT-4.1 nano, or install NeMo and run the NVIDIA NeMo container.')).toEqual([
      { text: 'GPT-4.1 nano', model: 'openai/gpt-4.1-nano' },
    ]);
    expect(await detect('Mistral NeMo 12B is out; Nemo Base and Nemo Instruct are open.')).toEqual([
      { text: 'Mistral NeMo 12B', model: 'mistralai/mistral-nemo' },
      { text: 'Nemo Base', model: 'mistralai/mistral-nemo-base' },
      { text: 'Nemo Instruct', model: 'mistralai/mistral-nemo' },
    ]);
  });

  it('never counts bare family or company names', async () => {
    expect(await detect('GPT, Claude, Llama, Gemini and OpenAI models all take prompts.')).toEqual([]);
  });
});
