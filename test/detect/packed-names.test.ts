import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { buildNameIndex } from '../../lib/detect/aliases';
import { type PageNames, packPageNames, unpackPageNames } from '../../lib/detect/packed-names';

const small: PageNames = {
  version: '2026-12-01',
  entries: [
    { alias: 'gpt-4.1-mini', modelId: 'openai/gpt-4.1-mini' },
    { alias: '4.1 mini', modelId: 'openai/gpt-4.1-mini', ambiguous: true },
    { alias: 'Llama 3.1 8B Instruct', modelId: 'meta-llama/llama-3.1-8b-instruct', open: true },
    { alias: 'Llama 3.1 8B', modelId: 'meta-llama/llama-3.1-8b-instruct', open: true, untuned: true },
    { alias: 'llama3.1:8b', modelId: 'meta-llama/llama-3.1-8b-instruct', ambiguous: true, open: true, untuned: true },
    { alias: 'sonar', modelId: 'perplexity/sonar', ambiguous: true, short: true },
    { alias: 'Llama 3.1', seriesId: 'llama-3.1' },
    { alias: 'Falcon', seriesId: 'falcon', ollamaOnly: true },
    { alias: 'CodeLlama', seriesId: 'code-llama', ollamaOnly: true, line: true },
    { alias: 'o3', seriesId: 'o3', ambiguous: true },
  ],
  names: {
    'openai/gpt-4.1-mini': 'GPT-4.1 mini',
    'meta-llama/llama-3.1-8b-instruct': 'Llama 3.1 8B Instruct',
    // A model whose every form another model owns still has its name.
    'acme/shadowed': 'Shadowed',
  },
  style: '.card{color:red}',
};

/** The packed form's format today: each value below is refused for the one fault it names, not for an old format. */
const format = (JSON.parse(packPageNames(small)) as { format: number }).format;

describe('packed page names', () => {
  it('unpack to exactly the entries and names packed, in the same order', () => {
    expect(unpackPageNames(packPageNames(small))).toEqual(small);
  });

  it('hold the whole dataset in under half the size of its entries as objects', () => {
    const dataset = loadBundledDataset();
    const names = Object.fromEntries(dataset.models.map((m) => [m.id, m.name]));
    const index: PageNames = { version: dataset.version, entries: buildNameIndex(dataset), names, style: '' };
    const packed = packPageNames(index);
    expect(unpackPageNames(packed)).toEqual(index);
    expect(packed.length).toBeLessThan(JSON.stringify(index).length * 0.5);
  });

  it("read an empty list in today's format, which each value below breaks in one way", () => {
    const empty = JSON.stringify({ format, version: 'v', groups: [], style: '' });
    expect(unpackPageNames(empty)).toEqual({ version: 'v', entries: [], names: {}, style: '' });
  });

  it.each([
    ['nothing', undefined],
    ['an object', { format }],
    ['damaged JSON', `{"format":${format},`],
    ['another format', JSON.stringify({ format: format - 1, version: 'v', groups: [], style: '' })],
    ['no version', JSON.stringify({ format, groups: [], style: '' })],
    ['no stylesheet', JSON.stringify({ format, version: 'v', groups: [] })],
    [
      'a group too short',
      JSON.stringify({ format, version: 'v', groups: [['openai/gpt-4.1', 'GPT-4.1', 0]], style: '' }),
    ],
    [
      'flags that miss an alias',
      JSON.stringify({ format, version: 'v', groups: [['a/b', 'B', 0, '0', 'b', 'bb']], style: '' }),
    ],
    [
      'an alias that is no text',
      JSON.stringify({ format, version: 'v', groups: [['a/b', 'B', 0, '0', 7]], style: '' }),
    ],
  ])('are not read from %s', (_, value) => {
    expect(unpackPageNames(value)).toBeUndefined();
  });
});
