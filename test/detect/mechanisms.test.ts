import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../lib/detect/aliases';
import { createMatcher, type Mention } from '../../lib/detect/matcher';
import { scanText } from '../../scripts/support/scan-text';

/**
 * Each detection mechanism against a small dataset of its own, with strings of our own: what the
 * mechanism must find, and what it must leave alone. (The curated dataset's names are tested in
 * matcher.test.ts; real pages measure the whole.)
 */
const model = (id: string, name: string, aliases: string[] = [], openWeights = false) => ({
  id,
  name,
  aliases,
  openWeights,
});
const dataset = {
  models: [
    model('openai/gpt-4.1', 'GPT-4.1', ['gpt-4.1']),
    model('openai/gpt-4.1-mini', 'GPT-4.1 mini', ['gpt-4.1-mini']),
    model('openai/gpt-4.1-nano', 'GPT-4.1 nano', ['gpt-4.1-nano']),
    model('openai/gpt-4o', 'GPT-4o', ['gpt-4o', 'chatgpt-4o-latest']),
    model('openai/o4-mini', 'o4-mini', ['o4-mini']),
    model('openai/o3', 'o3', ['o3']),
    model('openai/o1', 'o1', ['o1', 'OpenAI o1']),
    model('anthropic/claude-3.7-sonnet', 'Claude 3.7 Sonnet', ['claude-3-7-sonnet-20250219']),
    model('deepseek/deepseek-r1', 'DeepSeek R1', ['deepseek-r1', 'DeepSeek-R1'], true),
    model(
      'meta-llama/llama-3.1-8b-instruct',
      'Llama 3.1 8B Instruct',
      ['Meta-Llama-3.1-8B-Instruct', 'llama3.1:8b'],
      true,
    ),
    model(
      'meta-llama/llama-3.1-70b-instruct',
      'Llama 3.1 70B Instruct',
      ['Meta-Llama-3.1-70B-Instruct', 'llama3.1:70b'],
      true,
    ),
    model('meta-llama/llama-3.1-405b-instruct', 'Llama 3.1 405B Instruct', ['llama3.1:405b'], true),
    model('qwen/qwen-2.5-7b-instruct', 'Qwen2.5 7B Instruct', ['Qwen/Qwen2.5-7B-Instruct', 'qwen2.5:7b'], true),
    model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', ['claude-3-5-sonnet-20241022', 'claude-v2-legacy']),
    model('google/gemini-2.0-flash', 'Gemini 2.0 Flash', ['gemini-2.0-flash']),
    model('meta-llama/llama-2-13b-chat', 'Llama 2 13B Chat', ['Llama-2-13b-chat-hf'], true),
    model('lmsys/vicuna-13b-v1.5', 'Vicuna 13B v1.5', ['Vicuna-13B', 'lmsys/vicuna-13b-v1.5'], true),
    model('deepseek/deepseek-chat-v3.1', 'DeepSeek V3.1', ['DeepSeek-V3.1', 'deepseek.v3-v1:0'], true),
  ],
  series: [
    { id: 'gpt-4.1', name: 'GPT-4.1', aliases: [] },
    { id: 'o1', name: 'o1', aliases: [] },
    { id: 'llama-3.1', name: 'Llama 3.1', aliases: ['llama3.1'] },
    { id: 'qwen2.5', name: 'Qwen2.5', aliases: ['Qwen 2.5'] },
    { id: 'claude-3', name: 'Claude 3', aliases: [] },
    { id: 'mixtral', name: 'Mixtral', aliases: [] },
    { id: 'falcon-3', name: 'Falcon 3', aliases: [] },
    { id: 'vicuna', name: 'Vicuna', aliases: [] },
  ],
};
const match = createMatcher(buildNameIndex(dataset));

/** What a page with only this text shows, as the content script finds names on it: [text, what it names]. */
async function detect(text: string): Promise<[string, string][]> {
  return (await scanText('page.txt', text, match)).mentions.map((m) => [m.text, named(m)]);
}
/** `detect` over a dataset of a test's own. */
function detectorOf(names: Parameters<typeof buildNameIndex>[0]) {
  const own = createMatcher(buildNameIndex(names));
  return async (text: string): Promise<[string, string][]> =>
    (await scanText('page.txt', text, own)).mentions.map((m) => [m.text, named(m)]);
}
function named(m: Mention): string {
  if (m.modelId) return m.modelId;
  if (m.seriesId) return `series:${m.seriesId}`;
  if (m.variantOf) return `variant:${m.variantOf}`;
  return `?${m.family}`;
}

describe('hyphens, dashes and spaces as typesetting writes them', () => {
  it.each([
    ['Try GPT\u20114.1 mini today', 'GPT\u20114.1 mini', 'openai/gpt-4.1-mini'],
    ['GPT\u20114o answers', 'GPT\u20114o', 'openai/gpt-4o'],
    ['Llama 3.1\u202f70B Instruct', 'Llama 3.1\u202f70B Instruct', 'meta-llama/llama-3.1-70b-instruct'],
    ['on\u00a0GPT\u20104.1\u00a0nano', 'GPT\u20104.1\u00a0nano', 'openai/gpt-4.1-nano'],
    ['\uff27\uff30\uff34\uff0d\uff14\uff4f', '\uff27\uff30\uff34\uff0d\uff14\uff4f', 'openai/gpt-4o'],
  ])('%j', async (text, found, id) => {
    expect(await detect(text)).toEqual([[found, id]]);
  });

  it.each([
    ['评分：GPT-4.1：8 分', 'GPT-4.1', 'openai/gpt-4.1'],
    ['词表（Qwen2.5：151643）', 'Qwen2.5', 'series:qwen2.5'],
  ])("ends a name at Chinese and Japanese text's full-width colon: %s", async (text, found, id) => {
    expect(await detect(text)).toEqual([[found, id]]);
  });

  it('reads a letter after a version, hyphenated, as the name written tight', async () => {
    const found = detectorOf({
      models: [model('openai/gpt-4', 'GPT-4', ['gpt-4']), model('openai/gpt-4-vision-preview', 'GPT-4V', ['GPT-4V'])],
      series: [],
    });
    expect(await found('GPT-4-V and GPT-4V; gpt-4-vx is a deployment')).toEqual([
      ['GPT-4-V', 'openai/gpt-4-vision-preview'],
      ['GPT-4V', 'openai/gpt-4-vision-preview'],
    ]);
  });
});

describe('effort, mode and routing settings name the model they set', () => {
  it.each([
    ['route to o4-mini-high', 'o4-mini-high', 'openai/o4-mini'],
    ['openrouter: deepseek/deepseek-r1:free', 'deepseek/deepseek-r1:free', 'deepseek/deepseek-r1'],
    ['claude-3-7-sonnet-20250219-thinking', 'claude-3-7-sonnet-20250219-thinking', 'anthropic/claude-3.7-sonnet'],
    [
      'claude-3-7-sonnet-20250219-thinking-16k',
      'claude-3-7-sonnet-20250219-thinking-16k',
      'anthropic/claude-3.7-sonnet',
    ],
    [
      'meta-llama/llama-3.1-70b-instruct:nitro',
      'meta-llama/llama-3.1-70b-instruct:nitro',
      'meta-llama/llama-3.1-70b-instruct',
    ],
    ['gpt-4.1-mini:online for search', 'gpt-4.1-mini:online', 'openai/gpt-4.1-mini'],
    ['| 12 | gpt-4.1-2025-04-14-FC | 70.1 |', 'gpt-4.1-2025-04-14-FC', 'openai/gpt-4.1'],
    ['| 40 | Qwen/Qwen2.5-7B-Instruct-FC | 51.2 |', 'Qwen/Qwen2.5-7B-Instruct-FC', 'qwen/qwen-2.5-7b-instruct'],
    ['ollama run o4-mini:cloud', 'o4-mini:cloud', 'openai/o4-mini'],
    ['ollama run llama3.1:405b-cloud', 'llama3.1:405b-cloud', 'meta-llama/llama-3.1-405b-instruct'],
    [
      'together: meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo',
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo',
      'meta-llama/llama-3.1-70b-instruct',
    ],
    [
      'together: meta-llama/Meta-Llama-3.1-70B-Instruct-Lite',
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Lite',
      'meta-llama/llama-3.1-70b-instruct',
    ],
    [
      'vertex: meta-llama-3.1-70b-instruct-maas',
      'meta-llama-3.1-70b-instruct-maas',
      'meta-llama/llama-3.1-70b-instruct',
    ],
    ['together: Qwen/Qwen2.5-7B-Instruct-tput', 'Qwen/Qwen2.5-7B-Instruct-tput', 'qwen/qwen-2.5-7b-instruct'],
    [
      'vllm serve acme/Qwen2.5-7B-Instruct-quantized.w8a8',
      'acme/Qwen2.5-7B-Instruct-quantized.w8a8',
      'qwen/qwen-2.5-7b-instruct',
    ],
  ])('%s', async (text, found, id) => {
    expect(await detect(text)).toEqual([[found, id]]);
  });

  it('leaves a setting in parentheses out of the name', async () => {
    expect(await detect('o3 (high) beat GPT-4.1 (medium)')).toEqual([
      ['o3', 'openai/o3'],
      ['GPT-4.1', 'openai/gpt-4.1'],
    ]);
  });
});

describe('series', () => {
  it.each([
    ['the Llama 3.1 family is open', 'Llama 3.1', 'series:llama-3.1'],
    ['ollama run llama3.1', 'llama3.1', 'series:llama-3.1'],
    ['Qwen2.5 models are strong', 'Qwen2.5', 'series:qwen2.5'],
    ['Qwen 2.5 is out', 'Qwen 2.5', 'series:qwen2.5'],
    ['Claude 3 models', 'Claude 3', 'series:claude-3'],
    ['the GPT-4.1 family', 'GPT-4.1', 'series:gpt-4.1'],
    ['GPT-4.1 models are cheap', 'GPT-4.1', 'series:gpt-4.1'],
    // The dataset writes "OpenAI o1" as a name of the model: the maker's word before the series' name.
    ['support for OpenAI o1 models', 'OpenAI o1', 'series:o1'],
    ['OpenAI o1 is slow', 'OpenAI o1', 'openai/o1'],
    // Any version of a series: its ".x" is part of the name.
    ['evaluation details for Qwen2.5.x models', 'Qwen2.5.x', 'series:qwen2.5'],
    ['Claude 3.x models', 'Claude 3.x', 'series:claude-3'],
    ['Llama 3.1.x releases', 'Llama 3.1.x', 'series:llama-3.1'],
  ])('%s', async (text, found, id) => {
    expect(await detect(text)).toEqual([[found, id]]);
  });

  it('reads a series named by one word without a version as a family word, but for an Ollama library name', async () => {
    expect(await detect('Mixtral is fast and the Mixtral models are open; GPT-4o is not')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    expect(await detect('ollama run mixtral')).toEqual([['mixtral', 'series:mixtral']]);
  });

  describe('a coined word of one line of models names its series on a page about AI', () => {
    const found = detectorOf({
      models: [
        model('meta-llama/codellama-7b-instruct', 'Code Llama 7B Instruct', [], true),
        model('acme/wizardcoder-15b', 'WizardCoder 15B V1.0', [], true),
        model('acme/llava-1.5-7b', 'LLaVA 1.5 7B', [], true),
        model('openai/gpt-4o', 'GPT-4o', []),
      ],
      series: [
        {
          id: 'code-llama',
          name: 'Code Llama',
          aliases: ['CodeLlama'],
          members: ['meta-llama/codellama-7b-instruct'],
        },
        { id: 'wizardcoder', name: 'WizardCoder', aliases: [], members: ['acme/wizardcoder-15b'] },
        // Its models are generations of it ("LLaVA 1.5"): the word is the family's.
        { id: 'llava', name: 'LLaVA', aliases: [], members: ['acme/llava-1.5-7b'] },
      ],
    });

    it('as the dataset writes it', async () => {
      expect(await found('GPT-4o, CodeLlama and WizardCoder write code; LLaVA sees.')).toEqual([
        ['GPT-4o', 'openai/gpt-4o'],
        ['CodeLlama', 'series:code-llama'],
        ['WizardCoder', 'series:wizardcoder'],
      ]);
    });

    it('but not in lower case, nor on a page about something else', async () => {
      expect(await found('GPT-4o reads the wizardcoder folder.')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
      expect(await found('The CodeLlama plush toy ships in May.')).toEqual([]);
    });
  });

  describe("a maker's name and a kind of model, without a version, is a family word", () => {
    const lines = createMatcher(
      buildNameIndex({
        models: [
          model('amazon/nova-pro-v1', 'Amazon Nova Pro', ['amazon.nova-pro-v1:0', 'nova-pro-v1']),
          model('acme/embed-words-v3', 'embed-words-v3', []),
          model('acme/embed-words-v2', 'embed-words-v2', []),
        ],
        series: [
          { id: 'amazon-nova', name: 'Amazon Nova', aliases: [], provider: 'amazon' },
          { id: 'acme-rerank', name: 'Acme Rerank', aliases: [], provider: 'acmeai' },
          { id: 'code-llama', name: 'Code Llama', aliases: [], provider: 'meta-llama' },
          { id: 'acme-rerank-2', name: 'Acme Rerank 2', aliases: [], provider: 'acmeai' },
        ],
      }),
    );
    it.each([
      ['Amazon Nova models are enabled', []],
      ['the Acme Rerank endpoint', []],
      ['embed-words is a family of encoders', []],
      ['Code Llama is open', [['Code Llama', 'series:code-llama']]],
      ['Acme Rerank 2 is out', [['Acme Rerank 2', 'series:acme-rerank-2']]],
      [
        'nova-pro and embed-words-v2',
        [
          ['nova-pro', 'amazon/nova-pro-v1'],
          ['embed-words-v2', 'acme/embed-words-v2'],
        ],
      ],
      ['ollama pull acme-rerank', [['acme-rerank', 'series:acme-rerank']]],
    ])('%s', async (text, found) => {
      expect((await scanText('page.txt', text, lines)).mentions.map((m) => [m.text, named(m)])).toEqual(found);
    });
  });

  it('reads a name a model and a series share as the model, unless the text says series', async () => {
    expect(await detect('Upgrade to GPT-4.1 today.')).toEqual([['GPT-4.1', 'openai/gpt-4.1']]);
  });

  it('reads one size of a series as that model, and one the dataset lacks as the series', async () => {
    expect(await detect('Llama 3.1 8B Instruct and Llama 3.1 405B')).toEqual([
      ['Llama 3.1 8B Instruct', 'meta-llama/llama-3.1-8b-instruct'],
      ['Llama 3.1 405B', 'meta-llama/llama-3.1-405b-instruct'],
    ]);
    expect(await detect('Llama 3.1 8B Instruct, but no Llama 3.1 13B')).toEqual([
      ['Llama 3.1 8B Instruct', 'meta-llama/llama-3.1-8b-instruct'],
      ['Llama 3.1 13B', 'series:llama-3.1'],
    ]);
    expect(await detect('ollama pull llama3.1:8b')).toEqual([['llama3.1:8b', 'meta-llama/llama-3.1-8b-instruct']]);
  });
});

describe('a known model written with its version before its size', () => {
  it.each([
    ['Vicuna-v1.5-13B', 'lmsys/vicuna-13b-v1.5'],
    ['vicuna v1.5 13b', 'lmsys/vicuna-13b-v1.5'],
    ['vicuna-v1.5-13b-16k', 'variant:lmsys/vicuna-13b-v1.5'],
    // Another version is another model, beyond the dataset: one of the series.
    ['vicuna-v1.3-13b', 'series:vicuna'],
  ])('%s', async (text, id) => {
    expect(await detect(`${text} and GPT-4o`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });
});

describe("a repository's id without a tuned word names the base model", () => {
  const detectOwn = detectorOf({
    models: [
      model('acme/owl-2-9b-it', 'Owl 2 9B', ['acme/owl-2-9b-it', 'owl2:9b'], true),
      model('acme/owl-2-9b-base', 'Owl 2 9B Base', ['owl2:9b-text'], true),
      model('acme/owl-3-chat', 'Owl 3', ['acme/owl-3', 'owl-3-chat'], true),
      model('acme/owl-3-base', 'Owl 3 Base', ['acme/owl-3-base'], true),
      model('acme/finch-7b-instruct', 'Finch 7B Instruct', [], true),
    ],
  });
  const names = (text: string) => detectOwn(`${text} with GPT-4o`);

  it.each([
    ['acme/owl-2-9b', 'acme/owl-2-9b-base'],
    ['mirror/Owl-2-9B-GGUF', 'acme/owl-2-9b-base'],
    ['acme/owl-2-9b-it', 'acme/owl-2-9b-it'],
    ['acme/owl-2-9b-chat', 'acme/owl-2-9b-it'],
    // The prose name, an Ollama tag after a router's prefix, and the tuned model's own repository.
    ['Owl 2 9B', 'acme/owl-2-9b-it'],
    ['ollama_chat/owl2:9b', 'acme/owl-2-9b-it'],
    ['acme/owl-3', 'acme/owl-3-chat'],
    // No base is listed: the tuned model is the nearest there is.
    ['acme/finch-7b', 'acme/finch-7b-instruct'],
  ])('%s', async (text, id) => {
    expect((await names(text))[0]).toEqual([text, id]);
  });
});

describe('builds of open models are variants of them', () => {
  it.each([
    ['mlabonne/Meta-Llama-3.1-8B-Instruct-abliterated', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['Meta-Llama-3.1-70B-Instruct-Turkish', 'variant:meta-llama/llama-3.1-70b-instruct'],
    ['Qwen2.5-7B-Instruct-uncensored', 'variant:qwen/qwen-2.5-7b-instruct'],
    ['lmsys/vicuna-13b-v1.5-16k', 'variant:lmsys/vicuna-13b-v1.5'],
    ['Meta-Llama-3.1-8B-Instruct-128K-abliterated', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['Qwen2.5-7B-Open-R1-Distill', 'variant:qwen/qwen-2.5-7b-instruct'],
    // Its own tuning after its own words.
    ['acme/Qwen2.5-7B-Turkish-Instruct-2408', 'variant:qwen/qwen-2.5-7b-instruct'],
  ])('%s', async (text, id) => {
    expect(await detect(text)).toEqual([[text, id]]);
  });

  it('reads one digit after a name without a number as a newer version, not a release tag', async () => {
    const found = detectorOf({ models: [model('vikhyatk/moondream2', 'moondream2', ['moondream'], true)] });
    expect(await found('LLM inference: moondream2, then moondream-3 and moondream3-preview')).toEqual([
      ['moondream2', 'vikhyatk/moondream2'],
      ['moondream-3', '?moondream'],
      ['moondream3-preview', '?moondream3'],
    ]);
  });

  it('reads "Inst", as tables shorten it, as Instruct', async () => {
    expect(await detect('| Qwen2.5 7B-Inst | 71.2 |')).toEqual([['Qwen2.5 7B-Inst', 'qwen/qwen-2.5-7b-instruct']]);
  });

  it.each([
    // The base model a tuned one was made from, and a model of other inputs, are other models.
    ['Qwen2.5-7B-Base', 'series:qwen2.5'],
    ['Qwen2.5-7B-Omni', '?qwen2'],
    ['Qwen2.5-7B-Instruct-Pretrain', '?qwen2'],
  ])('but not %s', async (text, id) => {
    expect(await detect(`${text} and GPT-4o`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([
    ['DeepSeek-Coder-V2-Lite-Base', 'series:deepseek-coder-v2'],
    ['deepseek-ai/DeepSeek-Coder-V2-Lite-Pretrain', 'series:deepseek-coder-v2'],
  ])('the base of a known model, without a size, is one of its series: %s', async (text, id) => {
    const found = detectorOf({
      models: [
        model(
          'deepseek/deepseek-coder-v2-lite-instruct',
          'DeepSeek Coder V2 Lite Instruct',
          ['DeepSeek-Coder-V2-Lite'],
          true,
        ),
      ],
      series: [{ id: 'deepseek-coder-v2', name: 'DeepSeek Coder V2', aliases: [] }],
    });
    expect(await found(`LLM inference: ${text} and DeepSeek-Coder-V2-Lite`)).toEqual([
      [text, id],
      ['DeepSeek-Coder-V2-Lite', 'deepseek/deepseek-coder-v2-lite-instruct'],
    ]);
  });

  it.each([
    ['Llama-3.1-Mini-Base', 'series:llama-3.1'],
    // A tuned model's base model is no member the series lists.
    ['Qwen2.5-Instruct-Pretrain', '?qwen2'],
  ])('a base model without a size is one of the series its tuned model is of: %s', async (text, id) => {
    expect(await detect(`${text} and GPT-4o`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([
    ['Qwen2.5-7B-Instruct.F16.gguf'],
    ['qwen2.5-7b-instruct-f32.gguf'],
    ['Qwen2.5-7B-Instruct.Q5_K_M.llamafile'],
  ])('a file of the weights in any precision, for any runtime, names the model: %s', async (text) => {
    expect(await detect(text)).toEqual([[text, 'qwen/qwen-2.5-7b-instruct']]);
  });

  it.each([
    ['longtext-llama-3.1-8b-instruct', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['acme-org/voxtalk-v0_3-llama-3_1-8b-GGUF', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['mlc-chat-Llama-2-13b-chat-hf-q4f16_1', 'meta-llama/llama-2-13b-chat'],
    ['mmproj-qwen2.5-7b-instruct-Q4_K_M.gguf', 'qwen/qwen-2.5-7b-instruct'],
    ['rlhf-ppo-mistral-22b', '?rlhf'],
  ])('a build named before its base: %s', async (text, id) => {
    expect(await detect(`${text}, beside GPT-4o`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([['build-gpt-4.1-mini'], ['hf_llama_7b'], ['my-llama3.1 setup'], ['x://a.b/c-llama-3.1-8b-instruct']])(
    'no build in %s',
    async (text) => {
      expect(await detect(text)).toEqual([]);
    },
  );

  it('but a name joined to a closed model is a deployment, and a range is no build', async () => {
    expect(await detect('gpt-4.1-mini-eastus')).toEqual([]);
    expect(await detect('gpt-4.1-mini-32k beside GPT-4o')).toEqual([
      ['gpt-4.1-mini-32k', '?gpt'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    expect(await detect('DeepSeek R1 beat o3; rounds R1–R4 follow')).toEqual([
      ['DeepSeek R1', 'deepseek/deepseek-r1'],
      ['o3', 'openai/o3'],
    ]);
  });
});

describe('names beyond the dataset', () => {
  it.each([
    [
      'Qwen3 is out, and gemma2 too',
      [
        ['Qwen3', '?qwen3'],
        ['gemma2', '?gemma2'],
      ],
    ],
    ['the Llama 4 models', [['Llama 4', '?llama']]],
    [
      'qwen2.5-coder and llama3.2-vision',
      [
        ['qwen2.5-coder', '?qwen2'],
        ['llama3.2-vision', '?llama3'],
      ],
    ],
  ])('a generation of models: %s', async (text, found) => {
    expect((await detect(`${text}, beside GPT-4o.`)).slice(0, -1)).toEqual(found);
  });

  it.each([
    ['NousResearch/Hermes-3-Llama-3.1-8B', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['Dolphin-2.9-Llama-3.1-70B', 'variant:meta-llama/llama-3.1-70b-instruct'],
    // The tune's own words between its base's series and size.
    ['Llama-3.1-Swallow-70B', 'variant:meta-llama/llama-3.1-70b-instruct'],
    ['tokyotech-llm/Llama-3.1-ELYZA-JP-8B-Instruct-v0.1', 'variant:meta-llama/llama-3.1-8b-instruct'],
    ['Qwen2.5-Bakeneko-7B', 'variant:qwen/qwen-2.5-7b-instruct'],
  ])('a fine-tune that names its base: %s', async (text, id) => {
    expect(await detect(text)).toEqual([[text, id]]);
  });

  it.each([
    ['Qwen2.5-Audio-7B', '?qwen2'],
    ['Llama-3.1-Vision-8B', '?llama'],
  ])('a kind of model between a series and a size makes a line of its own, no tune: %s', async (text, id) => {
    expect(await detect(`${text}, beside GPT-4o.`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([
    ['EleutherAI/gpt-neox-20b', '?gpt'],
    ['facebook/opt-6.7b', '?opt'],
    ['google/flan-t5-xxl', '?flan'],
    ['llava-v1.6-34b', '?llava'],
    ['BAAI/bge-large-en-v1.5', '?bge'],
    ['openai/whisper-large-v3', '?whisper'],
    ['TigerBot-7B-base', '?tigerbot'],
    ['KwaiYii-13B', '?kwaiyii'],
  ])('%s', async (text, id) => {
    expect(await detect(text)).toEqual([[text, id]]);
  });

  it.each([
    ['Acme/Owl-Chat-34B', '?owl'],
    ['acme-lab/tinyowl-1.5b-v0.2', '?tinyowl'],
    ['acme/Owl2-8x7B-Instruct-GGUF', '?owl'],
    ['Acme/Owl-Embedding-2_R', '?owl'],
    ['acme/owl-arctic-embed-m-v2.0', '?owl'],
    ['acme/owl-colbert-small-v1', '?owl'],
  ])(
    'a repository id whose name carries a size, or the kind of an embedding model and its version: %s',
    async (text, id) => {
      expect(await detect(`LLM inference with ${text}.`)).toEqual([[text, id]]);
    },
  );

  it.each([
    ['LLM inference with src/owl-7b/run.py and acme/owl-7b.json'],
    ['LLM inference with https://hf.co/acme/Owl-Chat-34B and acme/owl-chat'],
    ['a repository acme/Owl-Chat-34B on a page about birds'],
    ['LLM inference with acme/text-embeddings-inference, acme/OwlEmbedding and acme/owl-embed'],
  ])('no repository id in %s', async (text) => {
    expect(await detect(text)).toEqual([]);
  });

  it.each([
    ['MiniCPM-V-2.6', '?minicpm'],
    ['minicpm-o-2_6', '?minicpm'],
    ['Phi-X-4.1', '?phi'],
  ])("a line's letter and its version make one model: %s", async (text, id) => {
    expect(await detect(`LLM inference: ${text} runs on a phone`)).toEqual([[text, id]]);
  });

  it.each([
    ['Skywork o1', '?skywork'],
    ['GLM Z1', '?glm'],
    ['Kimi k1.5', '?kimi'],
  ])(
    "a family's word, a space, and a line's letter glued to its version: %s, not another maker's model",
    async (text, id) => {
      expect(await detect(`${text} and o1 answer, beside GPT-4o.`)).toEqual([
        [text, id],
        ['o1', 'openai/o1'],
        ['GPT-4o', 'openai/gpt-4o'],
      ]);
    },
  );

  it('ends a name with a size before a number after a space: a format, another model of the list', async () => {
    expect(await detect('LLM inference: falcon-7b-chat 4bits and falcon-7b-chat 8bit')).toEqual([
      ['falcon-7b-chat', '?falcon'],
      ['falcon-7b-chat', '?falcon'],
    ]);
    expect(await detect('LLM inference: the 30B is owl-30b-hf 65B is owl-65b-hf')).toEqual([]);
    expect(await detect('LLM inference: the 30B is falcon-30b-hf 65B is falcon-65b-hf')).toEqual([
      ['falcon-30b-hf', '?falcon'],
      ['falcon-65b-hf', '?falcon'],
    ]);
  });

  it.each([['MiniCPM-V and Phi-X are lines'], ['the minicpm-v2 tag']])('no model in %s', async (text) => {
    expect(await detect(text)).toEqual([]);
  });

  it.each([
    ['opt-in to emails, opt-out anytime'],
    ['the T5 form factor of a 2.5-inch drive'],
    ['Gemini 7 docked with Gemini 6A'],
    ['read the palm of your hand'],
    ['Falcon 9 landed'],
    ['orca-1.3.1 exports figures; Falcon 3.0.1 and mistral-7.0.0 are out'],
  ])('no model in %s', async (text) => {
    expect(await detect(text)).toEqual([]);
  });
});

describe("a release's version the dataset does not know names no release it knows", () => {
  const detectReleases = detectorOf({
    models: [
      model('lmsys/vicuna-13b-v1.5', 'Vicuna 13B v1.5', ['Vicuna-13B', 'vicuna-13b-v1.5'], true),
      model('lmsys/vicuna-13b-v1.3', 'Vicuna 13B v1.3', ['vicuna-13b-v1.3'], true),
      model('acme/wizardlm-13b-v1.2', 'WizardLM 13B V1.2', ['WizardLM-13B-V1.2'], true),
      model('mistralai/mistral-7b-instruct', 'Mistral 7B Instruct', [
        'Mistral-7B-Instruct-v0.1',
        'Mistral-7B-Instruct-v0.2',
      ]),
    ],
    series: [],
  });
  it.each([
    ['Vicuna-13B-v1.3', 'lmsys/vicuna-13b-v1.3'],
    ['Vicuna-13B', 'lmsys/vicuna-13b-v1.5'],
    ['Vicuna-13B-v1.1', '?vicuna'],
    ['WizardLM-13B-V1.2', 'acme/wizardlm-13b-v1.2'],
    ['WizardLM-13B-V1.0', '?wizardlm'],
    // The versions the dataset writes name one model: another is its too.
    ['Mistral-7B-Instruct-v0.3', 'mistralai/mistral-7b-instruct'],
  ])('%s', async (text, id) => {
    expect(await detectReleases(`LLM inference: ${text}`)).toEqual([[text, id]]);
  });
});

describe("a snapshot's month and day after a space, as evaluation tables write them", () => {
  it.each([
    ['| Claude 3.7 Sonnet 0219 | 88.3 |', 'Claude 3.7 Sonnet 0219'],
    ['Claude 3.7 Sonnet 0219.', 'Claude 3.7 Sonnet 0219'],
    // No month and day: a count, a size.
    ['Claude 3.7 Sonnet 1024 tokens', 'Claude 3.7 Sonnet'],
    ['Claude 3.7 Sonnet 1024x1024', 'Claude 3.7 Sonnet'],
    ['Claude 3.7 Sonnet 1301', 'Claude 3.7 Sonnet'],
    // A model none of whose names is dated.
    ['GPT-4o 0513', 'GPT-4o'],
  ])('%s', async (text, name) => {
    expect((await detect(`LLM inference: ${text}`)).map(([found]) => found)).toEqual([name]);
  });
});

describe("a preview's word after a space names the model the dataset knows", () => {
  it.each([
    ['| Gemini 2.0 Flash Preview | 71.2 |', 'Gemini 2.0 Flash Preview'],
    ['Gemini 2.0 Flash Experimental is free', 'Gemini 2.0 Flash Experimental'],
    // In lower case, a word of the sentence.
    ['Gemini 2.0 Flash preview features', 'Gemini 2.0 Flash'],
  ])('%s', async (text, name) => {
    expect(await detect(text)).toEqual([[name, 'google/gemini-2.0-flash']]);
  });
});

describe('a version\'s ".0" is the version, once', () => {
  const detectVersions = detectorOf({
    models: [
      { ...model('deepseek/deepseek-chat', 'DeepSeek V3', ['DeepSeek-V3'], true), ambiguousAliases: ['V3'] },
      model('deepseek/deepseek-chat-v3.1', 'DeepSeek V3.1', [], true),
      model('openai/gpt-4.1', 'GPT-4.1'),
    ],
    series: [],
  });
  it.each([
    [
      'GPT-4.1 and V3.0 answer',
      [
        ['GPT-4.1', 'openai/gpt-4.1'],
        ['V3.0', 'deepseek/deepseek-chat'],
      ],
    ],
    ['GPT-4.1 answers. The app V3.0.0 Release is out', [['GPT-4.1', 'openai/gpt-4.1']]],
    // A release's third part: no DeepSeek V3.1.
    ['GPT-4.1 answers. The setting went missing in v3.1.0 (#2873)', [['GPT-4.1', 'openai/gpt-4.1']]],
    [
      'GPT-4.1 answers. DeepSeek V3.0.1 too',
      [
        ['GPT-4.1', 'openai/gpt-4.1'],
        ['DeepSeek V3.0.1', '?deepseek'],
      ],
    ],
  ])('%s', async (text, names) => {
    expect(await detectVersions(text)).toEqual(names);
  });
});

describe('dimensions after a family are no version', () => {
  it('"Gemini 3D", "Qwen 2D"', async () => {
    expect(await detect('GPT-4o reads Gemini 3D scenes and Qwen 2D plots')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });
});

describe("an encoder's checkpoint id names a model, whole", () => {
  it.each([
    ['msmarco-distilbert-base-v4', '?distilbert'],
    ['cross-encoder/ms-marco-MiniLM-L-6-v2', '?minilm'],
    ['paraphrase-albert-small-v2', '?albert'],
    ['FacebookAI/xlm-roberta-large', '?xlm'],
    ['google-bert/bert-base-uncased', '?bert'],
    ['microsoft/deberta-v3-base', '?deberta'],
    ['distiluse-base-multilingual-cased-v1', '?distiluse'],
    ['answerdotai/ModernBERT-large', '?modernbert'],
    ['BAAI/bge-reranker-base', '?bge'],
    ['Alibaba-NLP/gte-multilingual-reranker-base', '?gte'],
    ['mixedbread-ai/mxbai-rerank-xsmall-v1', '?mxbai'],
    ['jinaai/jina-reranker-v1-turbo-en', '?jina'],
    ['hkunlp/instructor-large', '?instructor'],
    ['sentence-transformers/sentence-t5-base', '?t5'],
    ['gtr-t5-large', '?t5'],
    ['google/mt5-xl', '?mt5'],
    ['facebook/bart-large-mnli', '?bart'],
    ['microsoft/mdeberta-v3-base', '?mdeberta'],
    ['facebook/wav2vec2-base-960h', '?wav2vec2'],
    ['allenai/longformer-base-4096', '?longformer'],
  ])('%s, on any page', async (id, named) => {
    expect(await detect(`model = SentenceTransformer("${id}")`)).toEqual([[id, named]]);
  });

  it('reads a two-part id, which may be other words, only on a page about AI models', async () => {
    expect(await detect('Fine-tune roberta-large on the prompts, then compare with GPT-4o.')).toEqual([
      ['roberta-large', '?roberta'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    expect(await detect('Albert-base camp opens in June.')).toEqual([]);
  });

  it.each([
    ['BERT and RoBERTa are encoders, next to GPT-4o'],
    ['the bert backend of bert.cpp, next to GPT-4o'],
    ['roberta_tokenizer = load(), next to GPT-4o'],
    ['open models/bert-base-uncased/config.json and bert-base-uncased.json, next to GPT-4o'],
    ['see https://hf.co/bert-base-uncased, next to GPT-4o'],
    ['@inproceedings{reimers-2020-multilingual-sentence-bert, next to GPT-4o'],
    ['Bertrand Roberta and Albertine, next to GPT-4o'],
    ['download roberta-large-data and run bert_base_demo, next to GPT-4o'],
    ['the T5 form factor, instructor-led training, a gte-style query and jina-serve, next to GPT-4o'],
    ["don't use t5x or e50-base, next to GPT-4o"],
  ])('none but GPT-4o in %s', async (text) => {
    expect(await detect(text)).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });
});

describe('a model of a known series that the dataset does not list names its series', () => {
  it.each([
    ['Qwen2.5-14B-Instruct', 'series:qwen2.5'],
    ['Qwen/Qwen2.5-32B-Chat-HF', 'series:qwen2.5'],
    // A mixture of experts and its active parameters, a release after the size.
    ['Qwen2.5-MoE-A2.7B', 'series:qwen2.5'],
    ['Qwen2.5-7B-Base-v1.5', 'series:qwen2.5'],
    // A kind of model of its own: a line beside the series.
    ['Qwen2.5-Math-7B', '?qwen2'],
    ['Qwen2.5V-7B', '?qwen2'],
    ['Qwen2.5-14B-Owl-Distill', '?qwen2'],
    ['Llama-3.1-Owl-13B', '?llama'],
    // A series named by one word: "Vicuna" alone is a family word, with a size after it a member.
    ['Vicuna-33B-Chat', 'series:vicuna'],
    // Packaged weights of such a model: a file format or a quantisation after it.
    ['Qwen2.5-3B-Instruct-GGUF', 'series:qwen2.5'],
    ['acme-community/Llama-3.1-13B-AWQ', 'series:llama-3.1'],
  ])('%s', async (text, id) => {
    expect(await detect(`${text} beside GPT-4o`)).toEqual([
      [text, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it('says the model is not listed, and leaves the models it lists as they are', async () => {
    const { mentions } = await scanText('page.txt', 'Llama 3.1 13B and Llama 3.1 8B and Llama 3.1', match);
    expect(mentions.map((m) => [m.text, named(m), m.unlisted ?? false])).toEqual([
      ['Llama 3.1 13B', 'series:llama-3.1', true],
      ['Llama 3.1 8B', 'meta-llama/llama-3.1-8b-instruct', false],
      ['Llama 3.1', 'series:llama-3.1', false],
    ]);
  });

  it('whose family only the dataset knows', async () => {
    const found = detectorOf({
      models: [model('acme/zork2-24b', 'Zork2 24B', ['zork2-24b'], true)],
      series: [{ id: 'zork2', name: 'Zork2', aliases: [] }],
    });
    expect(await found('LLM inference with acme/Zork2-1.2B, Zork2-350M and zork2-24b; Zork2-data')).toEqual([
      ['acme/Zork2-1.2B', 'series:zork2'],
      ['Zork2-350M', 'series:zork2'],
      ['zork2-24b', 'acme/zork2-24b'],
    ]);
  });

  it("but not where the next part of the series' version follows: that is another generation", async () => {
    const found = detectorOf({
      models: [model('acme/zork2-24b', 'Zork2 24B', ['zork2-24b'], true)],
      series: [{ id: 'zork2', name: 'Zork2', aliases: [] }],
    });
    const named = await found('LLM inference with Zork2-8B, Zork2_5-8B, acme/Zork2_5-4B-GGUF and Zork2.5-8B');
    expect(named.filter(([, id]) => id === 'series:zork2').map(([text]) => text)).toEqual(['Zork2-8B']);
  });
});

describe('where a name starts and ends', () => {
  it.each([
    ['see the [notes](https://example.com/changelog.html#gpt-4o-mini)'],
    ['configs/OLMo2-7B-stage1.yaml and scripts/llama3.1_train.py'],
    ['alpaca_farm_greedy_gpt4 and gpt2_library_table'],
    ['the gemini-demo-1 capsule, the llama-index-core package'],
    ['download bge-m3-data and qwen2.5-eval-results'],
    ['from llama_cpp.llama_chat_format import Llava15ChatHandler, Qwen25VLChatHandler'],
    ['architectures: GPT2LMHeadModel, Qwen2ForCausalLM, Llama4VForConditionalGeneration'],
    ['vllm serve ./weights --reasoning-parser deepseek_r1 --chat-template=llama3.1'],
    ['train.py --output_dir qwen2.5-7b-sft, then gpt4o = Client()'],
    ['generate.py --prompt_type=llama2 --prompt-format qwen2.5'],
    ['docker run --name llama3.1-8b ghcr.io/huggingface/text-generation-inference'],
    ['git clone hf.co:meta-llama/Llama-3.1-8B-Instruct.git'],
    ['ollama create llama3.1-mine -f Modelfile && ollama run llama3.1-mine'],
    ['@article{qwen2,\n  title={A Technical Report}'],
  ])('no model in %s', async (text) => {
    expect((await detect(`${text}, beside GPT-4o.`)).slice(0, -1)).toEqual([]);
  });

  it("takes in a tuned model's word written after its name, where the dataset writes none", async () => {
    expect(await detect('| Qwen2.5 7B Instruct | 4.7 GB | GPT-4o Chat |')).toEqual([
      ['Qwen2.5 7B Instruct', 'qwen/qwen-2.5-7b-instruct'],
      ['GPT-4o Chat', 'openai/gpt-4o'],
    ]);
    expect(await detect('We chat with GPT-4o chat apps daily.')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it('starts a name after a hyphen that follows a word of another script', async () => {
    expect(await detect('谷歌-GPT-4.1 与 阿里巴巴-Qwen2.5-7B-Instruct')).toEqual([
      ['GPT-4.1', 'openai/gpt-4.1'],
      ['Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
    ]);
  });

  it.each([
    ['--model-path /path/to/Qwen2.5-7B-Instruct', 'Qwen2.5-7B-Instruct'],
    ['-m ~/weights/a/b/c/Qwen2.5-7B-Instruct', 'Qwen2.5-7B-Instruct'],
    ['-m ./ckpt/qwen/Qwen2.5-7B-Instruct', 'Qwen2.5-7B-Instruct'],
  ])("leaves a file system path's folders out of the name: %s", async (text, name) => {
    expect(await detect(text)).toEqual([[name, 'qwen/qwen-2.5-7b-instruct']]);
  });

  it("keeps a router's or an organisation's prefix", async () => {
    expect(await detect('use openrouter/qwen/qwen2.5-7b-instruct')).toEqual([
      ['openrouter/qwen/qwen2.5-7b-instruct', 'qwen/qwen-2.5-7b-instruct'],
    ]);
  });

  it.each([
    ['openai:gpt-4.1-mini', 'gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['openai:chat:gpt-4.1-mini', 'gpt-4.1-mini', 'openai/gpt-4.1-mini'],
    ['openai:ft:gpt-4.1-mini-2025-04-14', 'ft:gpt-4.1-mini-2025-04-14', 'openai/gpt-4.1-mini'],
    ['anthropic:messages:claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-20241022', 'anthropic/claude-3.5-sonnet'],
    ['openrouter:qwen/qwen2.5-7b-instruct', 'qwen/qwen2.5-7b-instruct', 'qwen/qwen-2.5-7b-instruct'],
    ['bedrock:deepseek.v3-v1:0', 'deepseek.v3-v1:0', 'deepseek/deepseek-chat-v3.1'],
  ])("reads the id after a library's provider and mode words (%s)", async (id, name, model) => {
    expect(await detect(`providers: [${id}]`)).toEqual([[name, model]]);
  });

  it('reads a web address written without its scheme as an address: huggingface.co/Qwen/…, wandb.ai/…/…', async () => {
    const text = 'LLM inference: see huggingface.co/Qwen/Qwen2.5-7B-Instruct and wandb.ai/…/Qwen2.5-7B-Instruct';
    expect(await detect(text)).toEqual([]);
  });

  it("reads a Kaggle model handle as the weights its variation names, whole, not its model's folder too", async () => {
    expect(await detect('kagglehub.model_download("acme/claude-3/jax/claude-3-7-sonnet-20250219")')).toEqual([
      ['acme/claude-3/jax/claude-3-7-sonnet-20250219', 'anthropic/claude-3.7-sonnet'],
    ]);
  });

  it("reads an HTML link's or image's address in Markdown's raw HTML as an address, and its text as prose", async () => {
    const text =
      'LLM inference: <a href="./models.md#qwen25-7b">Qwen2.5-7B-Instruct</a> <img src="/img/qwen2.5_7b.png">';
    expect(await detect(text)).toEqual([['Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct']]);
  });

  it('leaves a name found just before a slash out of the next: "o3/o4-mini" is two names', async () => {
    expect(await detect('LLM inference with o3/o4-mini')).toEqual([
      ['o3', 'openai/o3'],
      ['o4-mini', 'openai/o4-mini'],
    ]);
  });

  it('reads the model a command-line option picks as a model', async () => {
    expect(await detect('vllm serve --model deepseek-r1 --reasoning-parser deepseek_r1')).toEqual([
      ['deepseek-r1', 'deepseek/deepseek-r1'],
    ]);
  });

  it.each([
    ['download bge-m3-data, run gte-small-demo'],
    ['see gpt2_library_table and gte_small_config'],
    ['model_string="gemini-1.5-$model" or gte-small-{size}'],
    ['the [recipe](./recipes/bge-m3/config.yaml) and [card](gpt2)'],
  ])('no known model in %s', async (text) => {
    const known = createMatcher(
      buildNameIndex({
        models: [
          model('baai/bge-m3', 'BGE-M3', ['bge-m3'], true),
          model('thenlper/gte-small', 'GTE Small', ['gte-small'], true),
          model('openai/gpt-2', 'GPT-2', ['gpt2'], true),
        ],
        series: [{ id: 'gemini-1.5', name: 'Gemini 1.5', aliases: ['gemini-1.5'] }],
      }),
    );
    expect((await scanText('page.txt', text, known)).mentions).toEqual([]);
  });

  it('takes a folder of a path without its directories, and a list item without the item before it', async () => {
    expect(await detect('recipes/Qwen2.5-7B-Instruct/grpo/config.yaml')).toEqual([
      ['Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
    ]);
    expect(await detect('Qwen2-VL/Qwen2.5 7B Instruct')).toEqual([
      ['Qwen2-VL', '?qwen2'],
      ['Qwen2.5 7B Instruct', 'qwen/qwen-2.5-7b-instruct'],
    ]);
    expect(await detect('Qwen/Qwen2.5-7B-Instruct')).toEqual([
      ['Qwen/Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
    ]);
  });

  it('takes in the maker written before the name', async () => {
    expect(await detect('| Anthropic Claude-V3.5 Sonnet | Meta Llama 2 Chat 13b |')).toEqual([
      ['Anthropic Claude-V3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Meta Llama 2 Chat 13b', 'meta-llama/llama-2-13b-chat'],
    ]);
    expect(await detect("Anthropic's Claude 3.5 Sonnet")).toEqual([
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('reads a version and a tier in either order', async () => {
    expect(await detect('Gemini Flash 2.0 and Claude Sonnet 3.5')).toEqual([
      ['Gemini Flash 2.0', 'google/gemini-2.0-flash'],
      ['Claude Sonnet 3.5', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it.each([
    ['Gemini Flash 2.0 Exp', 'google/gemini-2.0-flash-exp'],
    ['Gemini Flash 2.0 Experimental', 'google/gemini-2.0-flash-exp'],
    ['Gemini Pro 2.5 Preview', 'google/gemini-2.5-pro-preview'],
    ['Gemini Flash 2.0', 'google/gemini-2.0-flash'],
  ])('keeps a preview last in either order of version and tier: %s', async (text, id) => {
    const previews = createMatcher(
      buildNameIndex({
        models: [
          model('google/gemini-2.0-flash', 'Gemini 2.0 Flash', ['gemini-2.0-flash']),
          model('google/gemini-2.0-flash-exp', 'Gemini 2.0 Flash Experimental', ['gemini-2.0-flash-exp']),
          model('google/gemini-2.5-pro-preview', 'Gemini 2.5 Pro Preview', []),
        ],
      }),
    );
    const found = await scanText('page.txt', `${text} is an LLM, as is GPT-4.`, previews);
    expect(found.mentions.map((m) => [m.text, m.modelId ?? `?${m.family}`])[0]).toEqual([text, id]);
    // Without its preview word the name is not the preview's.
    const bare = await scanText('page.txt', 'Gemini Pro 2.5 is an LLM, as is GPT-4.', previews);
    expect(bare.mentions.map((m) => m.modelId)).not.toContain('google/gemini-2.5-pro-preview');
  });

  it('reads a dated snapshot, a preview or an experiment as its model', async () => {
    expect(await detect('gemini/gemini-2.0-flash-exp, claude-3-5-sonnet-20241022:beta')).toEqual([
      ['gemini/gemini-2.0-flash-exp', 'google/gemini-2.0-flash'],
      ['claude-3-5-sonnet-20241022:beta', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('reads the line of a generation written with spaces as a series', async () => {
    expect(await detect('Qwen 2 VL and Llama 3.2 Vision, with GPT-4o')).toEqual([
      ['Qwen 2 VL', '?qwen'],
      ['Llama 3.2 Vision', '?llama'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });
});

describe('one detection path: the page index decides, for the scan command as on a page', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><p>We moved to o3.</p></body></html>`;

  it("counts an ambiguous name when the page's title and the name's block are about AI models", async () => {
    const found = await scanText('page.html', page('LLM prompts and inference costs'), match);
    expect(found.mentions.map((m) => m.text)).toEqual(['o3']);
  });

  it('holds it back on a page about something else', async () => {
    const found = await scanText('page.html', page('Air quality in summer'), match);
    expect(found.mentions).toEqual([]);
  });
});

describe('short names stand for the model the page is about', () => {
  it('reads "Sonnet" as the Claude Sonnet the page names most', async () => {
    expect(
      await detect('Claude 3.5 Sonnet leads, Claude 3.7 Sonnet is new. Sonnet is also cheap: Claude 3.5 Sonnet.'),
    ).toEqual([
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Claude 3.7 Sonnet', 'anthropic/claude-3.7-sonnet'],
      ['Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('takes in the snapshot of a month and day after it', async () => {
    expect(await detect('Claude 3.5 Sonnet, then Sonnet 10/22 by default')).toEqual([
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Sonnet 10/22', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('finds no model in a short name on a page that names none of it', async () => {
    expect(await detect('GPT-4o wrote a sonnet. Sonnet 18 is the best known.')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
    expect(await detect('Shakespeare wrote 154 of them; each Sonnet has 14 lines.')).toEqual([]);
  });

  it("reads a version alone after another thing's name as that thing's version", async () => {
    const found = detectorOf({
      models: [
        { ...model('deepseek/deepseek-chat', 'DeepSeek V3', ['deepseek-chat'], true), ambiguousAliases: ['V3'] },
        { ...model('deepseek/deepseek-r1', 'DeepSeek R1', ['deepseek-r1'], true), ambiguousAliases: ['R1'] },
      ],
    });
    expect(await found('DeepSeek V3 and DeepSeek R1: compare V3 with R1.')).toEqual([
      ['DeepSeek V3', 'deepseek/deepseek-chat'],
      ['DeepSeek R1', 'deepseek/deepseek-r1'],
      ['V3', 'deepseek/deepseek-chat'],
      ['R1', 'deepseek/deepseek-r1'],
    ]);
    expect(await found('DeepSeek V3 and DeepSeek R1; BFCL v3, Jais 30b v3 and the Sony R1.')).toEqual([
      ['DeepSeek V3', 'deepseek/deepseek-chat'],
      ['DeepSeek R1', 'deepseek/deepseek-r1'],
    ]);
  });

  it("reads a short name before a capitalised word as a product's name", async () => {
    const found = detectorOf({
      models: [
        { ...model('mistralai/mistral-nemo', 'Mistral Nemo', ['mistral-nemo'], true), ambiguousAliases: ['Nemo'] },
        model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', []),
      ],
    });
    expect(await found('Mistral Nemo and Claude 3.5 Sonnet; Nemo is small, Sonnet is not.')).toEqual([
      ['Mistral Nemo', 'mistralai/mistral-nemo'],
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Nemo', 'mistralai/mistral-nemo'],
      ['Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
    expect(await found('Mistral Nemo and Claude 3.5 Sonnet; the NeMo Framework and Sonnet Studio.')).toEqual([
      ['Mistral Nemo', 'mistralai/mistral-nemo'],
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('reads a short name that another product shares as the model only on a page that names the model', async () => {
    const found = detectorOf({
      models: [
        model('mistralai/mistral-nemo', 'Mistral Nemo', ['mistral-nemo', 'Mistral-Nemo-Instruct-2407'], true),
        model('mistralai/mistral-nemo-base', 'Mistral Nemo Base', ['Mistral-Nemo-Base-2407'], true),
        model('openai/gpt-4o', 'GPT-4o', ['gpt-4o']),
      ],
    });
    // NVIDIA's framework on a page about AI models that names no Mistral NeMo.
    expect(await found('Evaluate GPT-4o or a `nemo` model: install NeMo, or pull the NVIDIA NeMo container.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    expect(await found('GPT-4o or Mistral-Nemo? Nemo is small; Nemo Base and Nemo Instruct are both open.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Mistral-Nemo', 'mistralai/mistral-nemo'],
      ['Nemo', 'mistralai/mistral-nemo'],
      ['Nemo Base', 'mistralai/mistral-nemo-base'],
      ['Nemo Instruct', 'mistralai/mistral-nemo'],
    ]);
    // A kind's word after a short name no model holds with it names nothing.
    expect(await found('GPT-4o or Mistral-Nemo; Nemo Chat is not out.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Mistral-Nemo', 'mistralai/mistral-nemo'],
    ]);
  });

  it("reads a plain word the dataset gives as a model's name as a short name of that model", async () => {
    const found = detectorOf({
      models: [
        { ...model('perplexity/sonar', 'Sonar', ['sonar'], false), ambiguousAliases: ['Sonar'] },
        model('perplexity/sonar-pro', 'Sonar Pro', ['sonar-pro']),
        { ...model('mancer/weaver', 'Weaver', ['mancer/weaver']), ambiguousAliases: ['Weaver'] },
        model('openai/gpt-4o', 'GPT-4o', ['gpt-4o']),
      ],
    });
    // Another product's name, or a word, on a page about AI models that names none of them.
    expect(await found('Run the Sonar scanner on code GPT-4o wrote; the Weaver pattern weaves prompts.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    // The model itself, not the one the page names most, once the page names one of the name's models.
    expect(await found('GPT-4o, Sonar Pro and Sonar Pro again; Sonar is cheaper.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Sonar Pro', 'perplexity/sonar-pro'],
      ['Sonar Pro', 'perplexity/sonar-pro'],
      ['Sonar', 'perplexity/sonar'],
    ]);
    // The id, as code writes it, is the model wherever the page is about AI, as is the word after its maker's name.
    expect(await found('GPT-4o or `model="sonar"`; Perplexity: Sonar.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['sonar', 'perplexity/sonar'],
      ['Sonar', 'perplexity/sonar'],
    ]);
  });
});

describe('a series named by one word is a short name of it', () => {
  it('reads "Vicuna" as the series on a page that names one of its models', async () => {
    expect(await detect('Vicuna-13B is out. Vicuna answers well, and Vicuna is free.')).toEqual([
      ['Vicuna-13B', 'lmsys/vicuna-13b-v1.5'],
      ['Vicuna', 'series:vicuna'],
      ['Vicuna', 'series:vicuna'],
    ]);
  });

  it('finds none on a page that names none of its models, even one about AI', async () => {
    expect(await detect('GPT-4o on herds: the Vicuna lives in the Andes.')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it.each([
    ['Supported: GPT-4o, Vicuna, Falcon, and o3.', 'Vicuna'],
    ['Supported: Vicuna, Falcon, FastChat and GPT-4o.', 'Vicuna'],
    ['Models (`GPT-4o`, `Vicuna`) run here.', 'Vicuna'],
    ['Pick o4-mini or Vicuna', 'Vicuna'],
    ['GPT-4o\u3001Vicuna\u3001Falcon', 'Vicuna'],
  ])('reads it as the series as a whole item of a list that names another model: %s', async (text, word) => {
    expect(await detect(text)).toContainEqual([word, 'series:vicuna']);
  });

  it.each([
    'GPT-4o, trained on Vicuna data.',
    'GPT-4o, then the Vicuna team.',
    'GPT-4o, a model we ran for a week on many tasks, Vicuna, and more.',
    'GPT-4o is out. Vicuna, llamas and alpacas live in the Andes.',
    'Vicuna, Falcon and Llama',
  ])('leaves it alone where no other name is an item of its list: %s', async (text) => {
    expect((await detect(text)).filter(([name]) => name === 'Vicuna')).toEqual([]);
  });

  it('leaves the word alone in lower case and in a list of families', async () => {
    expect(await detect('Vicuna-13B; files in vicuna and Llama/Vicuna; Mistral/Mixtral.')).toEqual([
      ['Vicuna-13B', 'lmsys/vicuna-13b-v1.5'],
    ]);
  });
});

describe("Ollama's library names", () => {
  it.each([
    ['ollama run mistral', 'mistral', '?mistral'],
    ['ollama pull nomic-embed-text', 'nomic-embed-text', '?nomic'],
    ['ollama run llama3.1', 'llama3.1', 'series:llama-3.1'],
    ['FROM mixtral', 'mixtral', 'series:mixtral'],
    ['ollama pull all-minilm:latest', 'all-minilm:latest', '?all'],
    ['ollama pull llama3.1:8b', 'llama3.1:8b', 'meta-llama/llama-3.1-8b-instruct'],
  ])('%s', async (text, found, id) => {
    expect(await detect(`${text}\nwith GPT-4o`)).toEqual([
      [found, id],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([
    ['FROM python:3.11-slim\nRUN pip install -r requirements.txt'],
    ['FROM node:20-alpine AS build'],
    ['SELECT f.id, f.name\n  FROM fruits AS f\n  WHERE f.quantity > $1'],
  ])('reads a FROM line without a name the dataset knows as no name (a base image, a table): %s', async (text) => {
    expect(await detect(`${text}\nwith GPT-4o`)).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it('reads a word after the command in prose as no name', async () => {
    expect(await detect('Use the ollama run command, then ollama run it again. GPT-4o')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });

  it.each([['ollama run my-model'], ['ollama pull your_model'], ['ollama run mymodel'], ['FROM model_name:latest']])(
    'reads a placeholder where a name goes as no name: %s',
    async (text) => {
      expect(await detect(`${text}\nwith GPT-4o`)).toEqual([['GPT-4o', 'openai/gpt-4o']]);
    },
  );

  it.each([
    ['llm = OllamaChatGenerator(model="mixtral", url=URL)', 'mixtral'],
    ['{"model": "mixtral", "stream": false}', 'mixtral'],
    ["client.chat(model='mixtral:8x7b')", 'mixtral:8x7b'],
    ['generator:\n  model: mixtral\n  url: http://localhost', 'mixtral'],
    ['vllm serve --model mixtral --port 8000', 'mixtral'],
  ])("reads a model argument's one word as the series the dataset writes so: %s", async (text, found) => {
    expect(await detect(text)).toEqual([[found, 'series:mixtral']]);
  });

  it.each([['chat(model=mixtral)'], ['The model: mixtral is fast'], ['model="acme"'], ['model_name="model_name"']])(
    'reads no model argument in a variable, prose or a placeholder: %s',
    async (text) => {
      expect(await detect(text)).toEqual([]);
    },
  );

  it('ends a library name before the full stop of a sentence', async () => {
    expect(await detect('Then type ollama run acme-coder. It answers like GPT-4o.')).toEqual([
      ['acme-coder', '?acme'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });
});

describe('what follows a name', () => {
  const withPlus = createMatcher(
    buildNameIndex({
      models: [
        model('cohere/command-r', 'Command R', ['command-r']),
        model('cohere/command-r-plus', 'Command R+', ['command-r-plus']),
        model('openai/o4-mini', 'o4-mini', ['o4-mini', 'o4-mini-high']),
      ],
    }),
  );
  const names = async (text: string) =>
    (await scanText('page.txt', text, withPlus)).mentions.map((m) => [m.text, m.modelId]);

  it('reads a version alone before a thing with versions of its own as no model: "the v3 tokenizer"', async () => {
    const detectV3 = detectorOf({
      models: [
        { id: 'deepseek/deepseek-chat', name: 'DeepSeek V3', aliases: ['DeepSeek-V3'], ambiguousAliases: ['V3'] },
      ],
    });
    const page = 'LLM inference: DeepSeek-V3 and V3 beat the rest; ';
    expect(await detectV3(`${page}fine-tune with the v3 tokenizer`)).toEqual([
      ['DeepSeek-V3', 'deepseek/deepseek-chat'],
      ['V3', 'deepseek/deepseek-chat'],
    ]);
  });

  it('reads "R+" as "R Plus"', async () => {
    expect(await names('Command R+ beats Command R')).toEqual([
      ['Command R+', 'cohere/command-r-plus'],
      ['Command R', 'cohere/command-r'],
    ]);
  });

  it.each([
    ['POST /models/o4-mini:generateContent', 'o4-mini'],
    ['POST /models/o4-mini:streamRawPredict', 'o4-mini'],
    ['POST /models/o4-mini:predict', 'o4-mini'],
  ])("ends a name before an API's method on it: %s", async (text, name) => {
    expect(await names(text)).toEqual([[name, 'openai/o4-mini']]);
  });

  it.each([
    ['gemini-2.0-flash-api-0514', 'google/gemini-2.0-flash'],
    ['gemini-2.0-flash-api-0409-preview', 'google/gemini-2.0-flash'],
    ['gemini-2.0-flash-api-preview', 'google/gemini-2.0-flash'],
  ])("reads an arena's API snapshot as its model: %s", async (text, id) => {
    expect(await detect(`Arena ratings of LLMs: ${text}`)).toEqual([[text, id]]);
  });

  it.each([['gemini-2.0-flash-api'], ['gemini-2.0-flash-api-key']])(
    'but not a word "api" without a date or a preview after it: %s',
    async (text) => {
      expect(await detect(`LLM inference: ${text}`)).not.toContainEqual([text, 'google/gemini-2.0-flash']);
    },
  );

  it.each([['o4-mini:free'], ['o4-mini:high']])('keeps a setting after a colon: %s', async (text) => {
    expect(await names(text)).toEqual([[text, 'openai/o4-mini']]);
  });

  it.each([['o4-mini:eastus'], ['o4-mini:myDeployment-2']])(
    'reads a lowercase word or a name after a colon as no method: %s',
    async (text) => {
      expect(await names(text)).toEqual([]);
    },
  );

  it('leaves a setting in parentheses out, even where a longer name spells it', async () => {
    expect(await names('o4-mini (high) and o4-mini-high')).toEqual([
      ['o4-mini', 'openai/o4-mini'],
      ['o4-mini-high', 'openai/o4-mini'],
    ]);
  });
});

describe('a newer version of a known name', () => {
  it('needs a page about AI when the name is spaced or a word elsewhere', async () => {
    expect(await detect('Falcon 3 was good; Falcon 3.1 is out.')).toEqual([]);
    expect(await detect('GPT-4o and Claude 3.7 Sonnet lead; Falcon 3.1 trails.')).toContainEqual([
      'Falcon 3.1',
      '?falcon',
    ]);
  });

  it.each([
    ['GPT-4o max tokens is 16k', 'GPT-4o'],
    ['GPT-4.1 fast mode', 'GPT-4.1'],
    ['GPT-4o ultra-fast replies', 'GPT-4o'],
    ['Claude 3.7 Sonnet large context', 'Claude 3.7 Sonnet'],
    ['Llama 9 70B fast inference', 'Llama 9 70B'],
    ['Claude 9 Opus max tokens', 'Claude 9 Opus'],
    // As model cards open: "The Mixtral-8x7B Large Language Model (LLM) is…".
    ['The Llama 9 70B Large Language Model (LLM) is', 'Llama 9 70B'],
    ['Claude 9 Opus and other Large Language Models', 'Claude 9 Opus'],
  ])("ends a name before a tier's word used as an adjective: %s", async (text, name) => {
    expect((await detect(`LLM inference: ${text}`)).map(([found]) => found)).toEqual([name]);
  });

  it('reads a version written without the "v" the dataset writes before it: DeepSeek 3.1', async () => {
    expect(await detect('LLM inference with DeepSeek 3.1 and DeepSeek-V3.1')).toEqual([
      ['DeepSeek 3.1', 'deepseek/deepseek-chat-v3.1'],
      ['DeepSeek-V3.1', 'deepseek/deepseek-chat-v3.1'],
    ]);
  });

  it("reads a version written without the one letter a family's names write before it: Minimax 2.5", async () => {
    const found = detectorOf({
      models: [
        model('minimax/minimax-m2.5', 'MiniMax M2.5', ['MiniMax-M2.5'], true),
        model('minimax/minimax-01', 'MiniMax-01', ['minimax-01'], true),
        model('tencent/hunyuan-a13b', 'Hunyuan A13B', ['Hunyuan-A13B-Instruct'], true),
        model('tencent/hunyuan-t1', 'Hunyuan T1', ['hunyuan-t1']),
        model('openai/gpt-4o', 'GPT-4o', ['gpt-4o']),
      ],
    });
    expect(await found('GPT-4o, Minimax 2.5, MiniMax-2.5, MiniMax-01 and Minimax 01.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Minimax 2.5', 'minimax/minimax-m2.5'],
      ['MiniMax-2.5', 'minimax/minimax-m2.5'],
      ['MiniMax-01', 'minimax/minimax-01'],
      ['Minimax 01', 'minimax/minimax-01'],
    ]);
    // Names that write several letters there ("A13B", "T1") leave it open which one is left out:
    // a name beyond the dataset.
    expect(await found('GPT-4o, Hunyuan 1 and Hunyuan 13B.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Hunyuan 1', '?hunyuan'],
      ['Hunyuan 13B', '?hunyuan'],
    ]);
  });

  it.each([
    ['GPT-4.1.0', 'openai/gpt-4.1'],
    ['Claude 3.0', 'series:claude-3'],
  ])('reads a version written with its ".0" as the version: %s', async (text, id) => {
    expect(await detect(`LLM inference with ${text}`)).toEqual([[text, id]]);
  });

  it('takes in its tier after a space', async () => {
    expect(await detect('For LLM inference, GPT-4.1 and Claude 3.9 Sonnet.')).toEqual([
      ['GPT-4.1', 'openai/gpt-4.1'],
      ['Claude 3.9 Sonnet', '?claude'],
    ]);
  });
});

describe('folders, files and kinds', () => {
  it('reads a model in a project folder without the folder; a compiled model library is the model, a config file is a file', async () => {
    expect(
      await detect(
        '--output_dir data/Qwen2.5-7B-Instruct, Llama-3.1-8B-Instruct-q4f16_1-cuda.so, Llama-3.1-8B-Instruct.yaml',
      ),
    ).toEqual([
      ['Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
      ['Llama-3.1-8B-Instruct-q4f16_1-cuda.so', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
  });

  it.each([['Llama-2-13b-chat.ggmlv3.q4_0.bin'], ['Llama-2-13b-chat.safetensors']])(
    "reads a model's weights in a file as the model: %s",
    async (text) => {
      expect(await detect(`LLM inference: download ${text}`)).toEqual([[text, 'meta-llama/llama-2-13b-chat']]);
    },
  );

  it("reads a model's weights as an archive as the model; another archive is a file", async () => {
    expect(await detect('tar -xf Qwen2.5-7B-Instruct.tar; unzip Qwen2.5-7B-Instruct.zip')).toEqual([
      ['Qwen2.5-7B-Instruct.tar', 'qwen/qwen-2.5-7b-instruct'],
    ]);
  });

  it.each([['python -m gpt_oss.chat'], ['see gpt_oss/torch/model.py'], ['import gpt_oss.tools']])(
    'a Python package named after a model, in a module or file path, is code: %s',
    async (text) => {
      const found = detectorOf({
        models: [model('openai/gpt-oss-20b', 'gpt-oss-20b', [], true)],
        series: [{ id: 'gpt-oss', name: 'gpt-oss', aliases: ['gpt_oss'] }],
      });
      expect(await found(`LLM inference with gpt-oss-20b and gpt_oss: ${text}`)).toEqual([
        ['gpt-oss-20b', 'openai/gpt-oss-20b'],
        ['gpt_oss', 'series:gpt-oss'],
      ]);
    },
  );

  it.each([
    ['qwen2_5_7b_instruct.gguf', 'qwen/qwen-2.5-7b-instruct'],
    ['qwen2_5_7b_instruct/config.json', 'qwen/qwen-2.5-7b-instruct'],
  ])('but a file or folder of the weights, with a size, names the model: %s', async (text, id) => {
    expect(await detect(`LLM inference: ${text}`)).toEqual([[text.replace('/config.json', ''), id]]);
  });

  it.each([
    ['Llama-3.1-8B-Instruct-q4f16_1-MLC', 'meta-llama/llama-3.1-8b-instruct'],
    ['mlc-ai/Llama-3.1-8B-Instruct-q0f16-MLC', 'meta-llama/llama-3.1-8b-instruct'],
    ['Qwen2.5-7B-Instruct-MLC', 'qwen/qwen-2.5-7b-instruct'],
  ])('an MLC build is the model it was compiled from: %s', async (text, id) => {
    expect(await detect(`serve ${text} locally`)).toEqual([[text, id]]);
  });

  it.each([
    ['mlx-community/Qwen2.5-7B-Instruct-4bit', 'qwen/qwen-2.5-7b-instruct'],
    ['mlx-community/Qwen2.5-7B-Instruct-4bit-g32', 'qwen/qwen-2.5-7b-instruct'],
  ])('an MLX quantisation, with its group size, is the model: %s', async (text, id) => {
    expect(await detect(`mlx_lm.generate --model ${text}`)).toEqual([[text, id]]);
  });

  it.each([
    ['HF://mlc-ai/Llama-3.1-8B-Instruct-q4f16_1-MLC', 'meta-llama/llama-3.1-8b-instruct'],
    ['hf://Qwen/Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
  ])("a model hub's scheme is part of the reference: %s", async (text, id) => {
    expect(await detect(`engine = MLCEngine("${text}")`)).toEqual([[text, id]]);
  });

  it.each([
    ['https://mlc-ai/Llama-3.1-8B-Instruct'],
    ['xhf://mlc-ai/Llama-3.1-8B-Instruct'],
    ['ftp://Qwen/Qwen2.5-7B-Instruct'],
  ])('an address is no reference: %s', async (text) => {
    expect(await detect(`see ${text}`)).toEqual([]);
  });

  it('reads "StarCoder 2" after a known StarCoder as a later generation, and a name joined to a series as a model', async () => {
    const starcoder = createMatcher(
      buildNameIndex({
        models: [model('bigcode/starcoder', 'StarCoder', ['starcoder'], true)],
        series: [{ id: 'glm-4', name: 'GLM-4', aliases: [] }],
      }),
    );
    const text = 'For LLM inference, StarCoder 2 beats StarCoder and GPT-4; GLM-4V-9B too';
    const found = await scanText('page.txt', text, starcoder);
    expect(found.mentions.map((m) => [m.text, m.modelId ?? `?${m.family}`])).toEqual([
      ['StarCoder 2', '?starcoder'],
      ['StarCoder', 'bigcode/starcoder'],
      ['GPT-4', '?gpt'],
      ['GLM-4V-9B', '?glm'],
    ]);
  });

  it.each([
    ['Claude 3-generation', 'Claude 3', 'series:claude-3'],
    ['Qwen2.5-series', 'Qwen2.5', 'series:qwen2.5'],
    ['Llama-3.1-family', 'Llama-3.1', 'series:llama-3.1'],
  ])('reads a series with its word joined by a hyphen as the series: %s', async (text, name, id) => {
    expect(await detect(`LLM inference on the ${text} models`)).toEqual([[name, id]]);
  });

  it('reads "Llama 3.1 Instruct" as the series, with its kind', async () => {
    expect(await detect('The Llama 3.1 Instruct models')).toEqual([['Llama 3.1 Instruct', 'series:llama-3.1']]);
  });

  it('reads Gemma\'s "IT", in capitals, as the kind of a series', async () => {
    expect(await detect('For LLM inference, Llama 3.1 IT beats GPT-4.1')).toEqual([
      ['Llama 3.1 IT', 'series:llama-3.1'],
      ['GPT-4.1', 'openai/gpt-4.1'],
    ]);
  });
});

describe("the lexicon's families beyond the dataset", () => {
  it.each([
    ['BitNet-b1.58-2B-4T', '?bitnet'],
    ['BitNet-embedding-0.6B', '?bitnet'],
    ['bitnet_b1_58-3B', '?bitnet'],
    ['LongChat-7B-16K', '?longchat'],
    ['LongChat v1.5', '?longchat'],
    ['Yuan2.0-102B', '?yuan2'],
    ['MOSS-7B', '?moss'],
    ['MetaMath-13B', '?metamath'],
    ['SmolVLM-256M-Instruct', '?smolvlm'],
    ['CodeGeeX2-6b', '?codegeex2'],
    ['InCoder-1B', '?incoder'],
    ['baize-v2-13b', '?baize'],
    ['OpenThinker2-32B', '?openthinker2'],
    ['MAmmoTH2-8x7B-Plus', '?mammoth2'],
    ['Magicoder-S-DS-6.7B', '?magicoder'],
    ['KoAlpaca-Polyglot-12.8B-v1.1b', '?koalpaca'],
    ['YuLan-Chat-2-13B', '?yulan'],
  ])('a model of a family with a size or a version is a name beyond the dataset: %s', async (text, id) => {
    expect(await detect(`LLM inference on CPUs: ${text}`)).toEqual([[text, id]]);
  });

  it.each([
    'Mistral 32k context',
    "Databricks' Dolly 15k dataset",
    'dolly-15k-instruction-alpaca-format',
    'Is ChatGPT 175 Billion Parameters?',
    'LLaMA 65 billion',
    'The Flan 2022 Collection',
    'the Gemini 2024 roadmap',
  ])('a count in thousands, a quantity or a year after a family is no model: %s', async (text) => {
    expect(await detect(`LLM inference on CPUs with GPT-4o: ${text}`)).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it.each([['bitnet.cpp'], ['the BitNet framework'], ['class Yuan2Adapter(BaseAdapter)'], ['LongChat v']])(
    'the family alone, its software or a class named after it is no model: %s',
    async (text) => {
      expect(await detect(`LLM inference on CPUs with ${text}`)).toEqual([]);
    },
  );

  it.each([['The ticket cost 2 yuan; the Yuan-2 dynasty'], ['Moss-7B grows on rocks'], ['Falcon-9B rockets']])(
    'a name beyond the dataset after a word of other meanings needs a page about AI: %s',
    async (text) => {
      expect(await detect(text)).toEqual([]);
      expect(await detect(`LLM inference with prompts. ${text}`)).not.toEqual([]);
    },
  );
});

describe('a long word and its version', () => {
  it('may be spaced or joined where the dataset writes them tight, a short name may not', async () => {
    const tight = createMatcher(
      buildNameIndex({
        models: [
          model('bigcode/starcoder2-7b', 'StarCoder2 7B', ['starcoder2-7b'], true),
          model('openai/gpt-4o', 'GPT-4o', ['gpt4o']),
        ],
        series: [{ id: 'starcoder2', name: 'StarCoder2', aliases: [] }],
      }),
    );
    const found = await scanText(
      'page.txt',
      'LLM inference: StarCoder 2 and starcoder-2-7b; gpt 4 o is no name',
      tight,
    );
    expect(found.mentions.map((m) => [m.text, m.modelId ?? m.seriesId ?? `?${m.family}`])).toEqual([
      ['StarCoder 2', 'starcoder2'],
      ['starcoder-2-7b', 'bigcode/starcoder2-7b'],
      ['gpt 4', '?gpt'],
    ]);
  });
});

describe('cloud ids', () => {
  it.each([
    [
      'bedrock/arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0',
      'anthropic/claude-3.7-sonnet',
    ],
    [
      'arn:aws:bedrock:us-east-1::foundation-model/us.anthropic.claude-3-5-sonnet-20241022-v2:0',
      'anthropic/claude-3.5-sonnet',
    ],
  ])('a foundation model ARN is part of the name: %s', async (text, id) => {
    expect(await detect(`model: ${text}`)).toEqual([[text, id]]);
  });

  it.each([
    ['deepseek.v3-v1:0', 'deepseek/deepseek-chat-v3.1'],
    ['bedrock/us.deepseek.v3-v1:0', 'deepseek/deepseek-chat-v3.1'],
  ])('an id whose name alone is only a version names its model whole: %s', async (text, id) => {
    expect(await detect(`completion(model="${text}")`)).toEqual([[text, id]]);
  });

  it('leaves the version alone as no name: "V3" is not DeepSeek V3.1', async () => {
    expect(await detect('GPT-4o and DeepSeek-V3.1 are fast; V3 was slower.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['DeepSeek-V3.1', 'deepseek/deepseek-chat-v3.1'],
    ]);
  });

  it.each([
    ['amazon.owl-canvas-v1:0', '?owl'],
    ['bedrock/cohere.owl-text-v14', '?owl'],
    ['bedrock/stability.stability.owl-large-v1:0', '?owl'],
    ['eu.meta.owl3-2-90b-instruct-v1:0', '?owl'],
  ])('a Bedrock id names a model beyond the dataset: %s', async (text, id) => {
    expect(await detect(`completion(model="${text}")`)).toEqual([[text, id]]);
  });

  it.each([
    ['import amazon.owl and meta.v1'],
    ['see https://example.com/amazon.owl-canvas-v1 for more'],
    ['the acme.owl-canvas-v1 package'],
    ['arn:aws:bedrock:us-east-1:123456789012:imported-model/owl-v1'],
  ])('no Bedrock id in %s', async (text) => {
    expect(await detect(text)).toEqual([]);
  });
});

describe('resource paths and their spellings', () => {
  it.each([
    ['accounts/fireworks/models/llama-v3p1-8b-instruct', 'meta-llama/llama-3.1-8b-instruct'],
    ['accounts/fireworks/models/qwen2p5-7b-instruct', 'qwen/qwen-2.5-7b-instruct'],
    ['publishers/google/models/gemini-2.0-flash', 'google/gemini-2.0-flash'],
    ['@cf/meta/llama-3.1-8b-instruct', 'meta-llama/llama-3.1-8b-instruct'],
  ])("a cloud's resource name is the model's id, whole: %s", async (text, id) => {
    expect(await detect(`model = "${text}"`)).toEqual([[text, id]]);
  });

  it.each([
    ['models/Qwen2.5-7B-Instruct', 'Qwen2.5-7B-Instruct', 'qwen/qwen-2.5-7b-instruct'],
    ['a 1080p60 Llama 3.1 8B Instruct demo', 'Llama 3.1 8B Instruct', 'meta-llama/llama-3.1-8b-instruct'],
  ])('a folder is no part of the name, nor a video mode: %s', async (text, found, id) => {
    expect(await detect(`Run ${text} here.`)).toEqual([[found, id]]);
  });
});

describe('a name joined to another thing by "+"', () => {
  it.each([
    ['基于Llama-2-13b-chat-hf+LoRA的金融模型', 'Llama-2-13b-chat-hf', 'meta-llama/llama-2-13b-chat'],
    ['a gpt-4.1+retrieval pipeline', 'gpt-4.1', 'openai/gpt-4.1'],
  ])('names the model: %s', async (text, found, id) => {
    expect(await detect(text)).toEqual([[found, id]]);
  });

  it('leaves a "+" release the dataset lacks alone: GPT-4.1+ is not GPT-4.1', async () => {
    expect(await detect('GPT-4.1+ is coming')).toEqual([]);
  });
});

describe('sizes listed after a name that is both a model and a series make it the series', () => {
  const detectOwl = detectorOf({
    models: [model('acme/owl-2', 'Owl 2', ['owl-2'], true)],
    series: [{ id: 'owl-2', name: 'Owl 2', aliases: [] }],
  });

  it.each([
    ['| [Owl 2](https://example.com/acme) | 1.5B/7B/70B | - |'],
    ['| [Owl 2 (Distill)](https://example.com/acme) | 1.5B/7B | - |'],
    ['Owl 2 (124M, 355M, 774M)'],
  ])('%s', async (text) => {
    expect(await detectOwl(text)).toEqual([['Owl 2', 'series:owl-2']]);
  });

  it.each([
    ['Owl 2: 7B and more', 'Owl 2'],
    ['| [Owl-1.5/Owl 2](https://example.com/acme) | 1.3B/2.7B |', 'Owl 2'],
  ])('one size, or sizes a list shares, leave the model: %s', async (text, found) => {
    expect(await detectOwl(text)).toEqual([[found, 'acme/owl-2']]);
  });
});

describe('another snapshot of a line of models the dataset knows', () => {
  const detectOwl = detectorOf({
    models: [model('acme/owl-text-002', 'owl-text-002', []), model('acme/owl-text-003', 'owl-text-003', [])],
    series: [],
  });

  it.each([['owl-text-001'], ['owl_text_001']])('is a model beyond the dataset: %s', async (name) => {
    expect(await detectOwl(`compare ${name} with owl-text-003`)).toEqual([
      [name, '?owl'],
      ['owl-text-003', 'acme/owl-text-003'],
    ]);
  });

  it.each([['owl-text-01'], ['owl-text-001-beta'], ['owl-text 001'], ['text-001']])('not %s', async (text) => {
    expect(await detectOwl(`see ${text} here`)).toEqual([]);
  });
});

describe("Ollama's tag of a known model's one size", () => {
  it.each([['deepseek-v3.1:671b'], ['deepseek-v3.1:671b-cloud'], ['deepseek-v3.1:671b-q4_K_M']])(
    'names the model: %s',
    async (tag) => {
      expect(await detect(`ollama run ${tag}`)).toEqual([[tag, 'deepseek/deepseek-chat-v3.1']]);
    },
  );

  it('not where the name is also a series, whose sizes are other models', async () => {
    const detectOwl = detectorOf({
      models: [model('acme/owl-2', 'Owl 2', ['owl-2'], true)],
      series: [{ id: 'owl-2', name: 'Owl 2', aliases: [] }],
    });
    const found = await detectOwl('the owl-2:7b tag');
    expect(found.map(([, id]) => id)).not.toContain('acme/owl-2');
  });
});

describe('names inside the names of other things', () => {
  const detectOwn = detectorOf({
    models: [
      model('openai/gpt-4o', 'GPT-4o', ['gpt-4o']),
      model('mosaicml/mpt-30b-chat', 'MPT-30B-Chat', ['MPT-30B', 'mpt30b'], true),
      model('mistralai/mistral-nemo', 'Mistral Nemo', ['Mistral-Nemo', 'NeMo'], true),
    ],
    series: [],
  });

  it.each([
    [
      'Install llm-mpt30b to run MPT-30B with GPT-4o.',
      [
        ['MPT-30B', 'mosaicml/mpt-30b-chat'],
        ['GPT-4o', 'openai/gpt-4o'],
      ],
    ],
    [
      'NeMo-Curator and NeMo-Aligner beside GPT-4o and Mistral-Nemo-abliterated.',
      [
        ['GPT-4o', 'openai/gpt-4o'],
        ['Mistral-Nemo-abliterated', 'variant:mistralai/mistral-nemo'],
      ],
    ],
  ])('a plugin named after a model, a tool named after one word of a model: %s', async (text, expected) => {
    expect(await detectOwn(text)).toEqual(expected);
  });
});
