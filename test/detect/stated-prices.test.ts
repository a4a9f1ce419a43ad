import { describe, expect, it } from 'vitest';
import { readStatedPrices } from '../../lib/detect/stated-prices';

/** The prices read, in words: "input 5, output 15" (USD per 1M tokens). */
const read = (text: string): string =>
  readStatedPrices(text)
    .map((price) => `${price.side} ${Number(price.usdPerMillion.toFixed(6))}`)
    .join(', ');

describe('reading the prices a page states', () => {
  it.each([
    // One side, its unit in its own words.
    ['GPT-4o costs $5.00 per 1M input tokens.', 'input 5'],
    ['GPT-4o costs $5.00 per 1M input tokens', 'input 5'],
    ['Output is billed at $15.00 per million output tokens.', 'output 15'],
    ['It runs $0.40 per million prompt tokens.', 'input 0.4'],
    ['and $1.60 per 1M completion tokens', 'output 1.6'],
    ['Claude Sonnet 4.5 is $3 per million input tokens and $15 per million output tokens.', 'input 3, output 15'],
    // Sides written after the figure.
    ['$0.15/M in, $0.60/M out', 'input 0.15, output 0.6'],
    ['GPT-4o mini: $0.15/M input, $0.60/M output', 'input 0.15, output 0.6'],
    ['$2.50 input and $10 output per million tokens', 'input 2.5, output 10'],
    ['GPT-4o: $2.50 in / $10 out per 1M tokens', 'input 2.5, output 10'],
    ['Price per 1M tokens: $2.50 input / $10.00 output', 'input 2.5, output 10'],
    // A pair without side words reads input / output.
    ['$5 / $15 per million', 'input 5, output 15'],
    ['priced at $0.15/$0.60 per million tokens', 'input 0.15, output 0.6'],
    ['($3/$15 per 1M tokens)', 'input 3, output 15'],
    // Side words before the figures, the unit shared.
    ['Input: $3 / MTok · Output: $15 / MTok', 'input 3, output 15'],
    ['Input $0.40 · Output $1.60 (per 1M tokens)', 'input 0.4, output 1.6'],
    ['input: $3.00 / 1M tokens, output: $15.00 / 1M tokens', 'input 3, output 15'],
    ['Per 1M tokens: input $1.25, output $10', 'input 1.25, output 10'],
    ['Input and output cost $5 and $15 per 1M tokens, respectively.', 'input 5, output 15'],
    // Units per 1K, per token, per thousand; cents.
    ['0.002 per 1K tokens', 'unsided 2'],
    ['gpt-3.5-turbo is $0.002 / 1K tokens', 'unsided 2'],
    ['text-davinci-003 cost $0.0200 per 1,000 tokens', 'unsided 20'],
    ['$0.03 per 1K prompt tokens and $0.06 per 1K completion tokens', 'input 30, output 60'],
    ['$0.0015 / 1K input tokens', 'input 1.5'],
    ['$0.000002 per token', 'unsided 2'],
    ['$0.0000004 per input token', 'input 0.4'],
    ['0.2 cents per 1K tokens', 'unsided 2'],
    ['$0.5 per thousand output tokens', 'output 500'],
    ['USD 0.15 per million input tokens', 'input 0.15'],
    ['0.60 USD per 1M output tokens', 'output 0.6'],
    ['$1.10 per 1M tokens for input and $4.40 for output', 'input 1.1, output 4.4'],
    ['at US$0.10/1M input tokens', 'input 0.1'],
    // Cached input is its own side, a cache write neither.
    ['$0.50 per 1M cached input tokens', 'cached 0.5'],
    ['Cached input: $0.10 / 1M tokens', 'cached 0.1'],
    ['Cache writes $3.75 / MTok; cache hits $0.30 / MTok', 'cached 0.3'],
    // A table row read with its column headers.
    ['Model: GPT-4o; Input (per 1M tokens): $5.00; Output (per 1M tokens): $15.00', 'input 5, output 15'],
    ['Model: GPT-4o; Input ($/1M tokens): 2.50; Output ($/1M tokens): 10.00; Context: 128K', 'input 2.5, output 10'],
    ['Model: o3; Price (USD per 1M tokens): $2 / $8', 'input 2, output 8'],
    // As provider pages and posts write them.
    ['Gemini 2.5 Flash: $0.30 / 1M input tokens, $2.50 / 1M output tokens', 'input 0.3, output 2.5'],
    ['o1 is priced at $15.00 / 1M input tokens and $60.00 / 1M output tokens', 'input 15, output 60'],
    ['Pricing: $0.10 input / $0.40 output per million tokens', 'input 0.1, output 0.4'],
    ['$3.00 per million tokens (input) and $15.00 per million tokens (output)', 'input 3, output 15'],
    ['128K context window, $3 per 1M input tokens', 'input 3'],
    ["It's 10x cheaper at $0.15 per million tokens.", 'unsided 0.15'],
    ['The 8B model costs $0.05 per 1M tokens on Groq', 'unsided 0.05'],
    ['Costs: input 15¢/M, output 60¢/M', 'input 0.15, output 0.6'],
    // Two prices by context length: read, and left to the check, which finds them in conflict.
    ['$1.25/1M tokens (≤200K context), $2.50/1M tokens (>200K)', 'unsided 1.25, unsided 2.5'],
    // The same price restated in another unit.
    ['GPT-4o costs $5.00 per 1M input tokens (about $0.005 per 1K)', 'input 5'],
    // Non-breaking and thin spaces as pages write them.
    ['$5.00\u00a0per\u00a01M\u202finput tokens', 'input 5'],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // No token unit anywhere.
    'GPT-4o costs $5.',
    'ChatGPT Plus is $20/month and Pro $200/month.',
    'The team plan is $25 per user per month.',
    'We raised $5M for GPU time.',
    'Llama 3.1 405B has 128K context and ran at 30 tokens per second.',
    'gpt-4.1-mini-2025-04-14 and gpt-4o-2024-08-06',
    'It scored 88.7 on MMLU and 53.6 on GPQA.',
    'A 70B model needs 140 GB at 16 bits, 1,000 tokens at a time.',
    'per 1000 requests we paid 5 dollars',
    // Other currencies.
    '€5 per 1M input tokens',
    '£2.50 per million output tokens',
    // Prices that are not the list price per token, or past.
    'With the Batch API, GPT-4o is $1.25 per 1M input tokens.',
    'Fine-tuning GPT-4o mini costs $3.00 per 1M training tokens.',
    'Audio input tokens are $40 per 1M.',
    'It was $5.00 per 1M input tokens at launch.',
    'GPT-4o used to cost $5 / $15 per million.',
    'The price came down from $5 per 1M input tokens.',
    'Search is $25 per 1K calls... per request $0.03 per request',
    // A table row with no unit anywhere.
    'Model: GPT-4o; Input: $2.50; Output: $10.00',
    'DeepSeek-V3 costs ¥2 per million input tokens',
    // More figures than sides can be tied to.
    '$1, $2 and $3 per 1M input tokens',
    'input, output and cached input cost $5 and $15 per 1M tokens',
    // Outside any model's range: a unit slip.
    '$50 per token',
  ])('leaves alone: %s', (text) => {
    expect(read(text)).toBe('');
  });

  it("keeps the page's own words of each figure", () => {
    expect(readStatedPrices('GPT-4o costs $5.00 per 1M input tokens, and more.')).toEqual([
      { side: 'input', usdPerMillion: 5, text: '$5.00 per 1M input tokens' },
    ]);
    expect(readStatedPrices('$0.15/M in, $0.60/M out').map((p) => p.text)).toEqual(['$0.15/M in', '$0.60/M out']);
  });
});
