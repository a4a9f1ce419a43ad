import type { Model } from '../data/schema';

/** One way of writing a model's name, and the model it names. */
export interface AliasEntry {
  alias: string;
  modelId: string;
}

/** Separators that writers use interchangeably inside model names: "gpt-4.1 mini", "gpt_4.1-mini". */
const SEPARATORS = /[\s_-]+/g;

/** The form under which two spellings of one alias compare equal. */
export function normalizeAlias(text: string): string {
  return text.toLowerCase().replace(SEPARATORS, '-');
}

/** Every alias of every model: its id, the id's model part, its name and its listed aliases. */
export function buildAliasIndex(models: readonly Pick<Model, 'id' | 'name' | 'aliases'>[]): AliasEntry[] {
  const seen = new Map<string, string>();
  const entries: AliasEntry[] = [];
  for (const model of models) {
    const slug = model.id.slice(model.id.indexOf('/') + 1);
    for (const alias of [model.id, slug, model.name, ...model.aliases]) {
      const key = normalizeAlias(alias);
      if (seen.has(key)) continue;
      seen.set(key, model.id);
      entries.push({ alias, modelId: model.id });
    }
  }
  return entries;
}
