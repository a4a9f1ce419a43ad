import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { aliasForms, normalizeAlias } from '../../lib/detect/aliases';

const dataset = loadBundledDataset();
/** A form as detection reads it: without its provider or cloud prefix. */
const key = (form: string) => normalizeAlias(aliasForms({ id: form, name: form, aliases: [] })[0]?.alias ?? '');

describe('series', () => {
  it('hold every model, each in the series it names', () => {
    const listed = new Map(dataset.series.flatMap((series) => series.members.map((id) => [id, series.id])));
    expect(dataset.models.filter((model) => !model.series).map((model) => model.id)).toEqual([]);
    expect(dataset.models.filter((model) => listed.get(model.id) !== model.series).map((model) => model.id)).toEqual(
      [],
    );
    expect(dataset.series.reduce((n, series) => n + series.members.length, 0)).toBe(dataset.models.length);
  });

  it("give each member a tier and take their id from their name ('Llama 3.1' is llama-3.1)", () => {
    expect(dataset.models.filter((model) => !model.tier).map((model) => model.id)).toEqual([]);
    const off = dataset.series.filter((series) => series.id !== series.name.toLowerCase().replace(/[\s·]+/g, '-'));
    expect(off.map((series) => `${series.id}: ${series.name}`)).toEqual([]);
  });

  it("write no alias that is a model's form or another series' alias", () => {
    const models = new Set(
      dataset.models.flatMap((m) => [m.id, m.name, ...m.aliases, ...(m.ambiguousAliases ?? [])].map(key)),
    );
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const series of dataset.series) {
      for (const alias of series.aliases) {
        if (models.has(key(alias))) clashes.push(`${series.id}: ${alias} names a model`);
        const other = seen.get(key(alias));
        if (other && other !== series.id) clashes.push(`${series.id}: ${alias} is also ${other}'s`);
        seen.set(key(alias), series.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('list the forms pages write for a generation, Ollama library names included', () => {
    const aliases = (id: string) => dataset.series.find((series) => series.id === id)?.aliases;
    expect(aliases('llama-3.1')).toEqual(expect.arrayContaining(['Llama3.1', 'llama3.1']));
    expect(aliases('qwen2.5')).toEqual(expect.arrayContaining(['Qwen 2.5', 'qwen2.5']));
    expect(aliases('qwen2.5-coder')).toContain('qwen2.5-coder');
    expect(dataset.series.find((series) => series.id === 'gpt-4.1')?.members).toEqual([
      'openai/gpt-4.1-nano',
      'openai/gpt-4.1-mini',
      'openai/gpt-4.1',
    ]);
  });
});
