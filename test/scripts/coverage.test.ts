import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/detect/matcher';
import { readCuratedDataset } from '../../scripts/support/dataset';
import { curatedMatcher, scanText } from '../../scripts/support/scan-text';

const match = curatedMatcher();
const { models } = readCuratedDataset();

/** A coverage list from test/fixtures/coverage. */
function list<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/coverage/${name}`, import.meta.url), 'utf8'));
}

/**
 * The mentions `npm run scan` finds on each line of a page that lists `names` one a line: the
 * page is about models, as the pages these names come from are.
 */
async function scanLines(names: readonly string[]): Promise<Mention[][]> {
  const text = names.join('\n');
  const { mentions } = await scanText('names.txt', text, match);
  let start = 0;
  return names.map((name) => {
    const [from, to] = [start, start + name.length];
    start = to + 1;
    return mentions
      .filter((m) => m.start >= from && m.end <= to)
      .map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
  });
}

/** Names that resolve, whole, to the model they name, and those that do not. */
async function resolvedWhole(entries: readonly { name: string; model: string }[]) {
  const lines = await scanLines(entries.map((entry) => entry.name));
  const resolved = entries.filter(({ name, model }, i) =>
    lines[i]?.some((m) => m.modelId === model && m.start === 0 && m.end === name.length),
  );
  const missed = entries.filter((entry) => !resolved.includes(entry)).map(({ name, model }) => `${name} → ${model}`);
  return { resolved, missed };
}

describe('coverage of the names pages use', () => {
  it('resolves at least 45 of 50 widely discussed older models', async () => {
    const { resolved, missed } = await resolvedWhole(list('older-models.json'));
    console.log(`older models: ${resolved.length} of 50 resolve; missed: ${missed.join('; ') || 'none'}`);
    expect(resolved.length).toBeGreaterThanOrEqual(45);
  });

  it('resolves at least 14 of 16 common embedding models', async () => {
    const { resolved, missed } = await resolvedWhole(list('embedding-models.json'));
    console.log(`embedding models: ${resolved.length} of 16 resolve; missed: ${missed.join('; ') || 'none'}`);
    expect(resolved.length).toBeGreaterThanOrEqual(14);
  });
});

describe("OpenRouter's models of 2026-08-01", () => {
  // Routers pick a model per request: they name none.
  const listed = list<{ id: string; name: string }>('openrouter-models.2026-08-01.json').filter(
    ({ id }) => !id.startsWith('openrouter/'),
  );
  /**
   * The dataset model an OpenRouter id names: its own id without a ":free" or ":thinking" variant,
   * or the model that lists the id among its aliases (a floating "~…-latest" id, an effort suffix).
   */
  const held = (id: string) =>
    models.find((model) => model.id === id.replace(/:[a-z-]+$/, '')) ??
    models.find((model) => model.aliases.some((alias) => alias.toLowerCase() === id.toLowerCase()));

  it('holds every model OpenRouter lists', () => {
    expect(listed.filter(({ id }) => !held(id)).map(({ id }) => id)).toEqual([]);
  });

  it('resolves every id to the model it names', async () => {
    const lines = await scanLines(listed.map(({ id }) => id));
    const missed = listed.filter(({ id }, i) => !lines[i]?.some((m) => m.modelId === held(id)?.id));
    expect(missed.map(({ id }) => id)).toEqual([]);
  });

  it('resolves every display name to the model it names, but for those detection reads otherwise', async () => {
    const lines = await scanLines(listed.map(({ name }) => name));
    const missed = listed.filter(({ id }, i) => !lines[i]?.some((m) => m.modelId === held(id)?.id));
    // A date after a space ends a name (it reads as a table column), "Command R+" is left unread
    // (its tokens are Command R's), and "Uncensored" after its maker's name is an ordinary word.
    expect(missed.map(({ name }) => name)).toEqual([
      'Qwen: Qwen3.5 Plus 2026-04-20',
      'Qwen: Qwen3.5 Plus 2026-02-15',
      'Venice: Uncensored',
      'Cohere: Command R+ (08-2024)',
    ]);
  });
});
