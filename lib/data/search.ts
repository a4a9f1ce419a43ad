import uFuzzy from '@leeoniya/ufuzzy';
import { normalizeAlias } from '../detect/aliases';
import type { Model } from './schema';

/** How well one written form of a model answers the query; lower is better, undefined is no match. */
function rankForm(form: string, query: string): number | undefined {
  if (form === query) return 0;
  if (form.startsWith(query)) return 1;
  const at = form.indexOf(query);
  if (at === -1) return undefined;
  // A match at a word start ("nano" in "gpt-4.1-nano") beats one inside a word.
  return form[at - 1] === '-' || form[at - 1] === '/' ? 2 : 3;
}

/** Every word of the query appears somewhere in the model's forms, but not as one run. */
const ALL_WORDS = 4;

/** Shorter queries ("o3", "r1") are names already: a typo in them would be another model. */
const FUZZY_MIN_CHARS = 4;

/**
 * Typos: one inserted, missing, swapped or wrong letter per word ("mnii", "sonet", "claud"), each
 * word starting at a word boundary so "4" does not match inside "14". Digits are words of their own
 * ("4.1" is "4 1"), and a one-letter word tolerates no error, so a version never fuzzes into another.
 */
const fuzzy = new uFuzzy({
  intraMode: 1,
  intraIns: 1,
  intraSub: 1,
  intraTrn: 1,
  intraDel: 1,
  interLft: 1,
});

/** The model's id, name and aliases, normalised: "GPT-4.1 mini" → "gpt-4-1-mini". */
function formsOf(model: Model): string[] {
  return [...new Set([model.id, model.name, ...model.aliases].map(normalizeAlias))];
}

/** Models whose forms hold every word of the query, best first. */
function literalMatches(models: readonly Model[], words: string[]): Model[] {
  const whole = words.join('-');
  const ranked: { model: Model; rank: number }[] = [];
  for (const model of models) {
    const forms = formsOf(model);
    const text = forms.join(' ');
    if (!words.every((word) => text.includes(word))) continue;
    const rank = Math.min(...forms.map((form) => rankForm(form, whole) ?? ALL_WORDS));
    ranked.push({ model, rank });
  }
  // Shorter names first within a rank: the base model before its variants.
  ranked.sort((a, b) => a.rank - b.rank || a.model.name.length - b.model.name.length);
  return ranked.map((entry) => entry.model);
}

/** Models one of whose forms matches the query with typos, in uFuzzy's order (tightest match first). */
function fuzzyMatches(models: readonly Model[], words: string[]): Model[] {
  const haystack: string[] = [];
  const owner: Model[] = [];
  for (const model of models) {
    for (const form of formsOf(model)) {
      haystack.push(form.replaceAll('-', ' '));
      owner.push(model);
    }
  }
  const [idxs, info, order] = fuzzy.search(haystack, words.join(' '));
  if (!idxs) return [];
  const ranked = info && order ? order.map((i) => info.idx[i] as number) : idxs;
  return [...new Set(ranked.map((i) => owner[i] as Model))];
}

/**
 * Finds models by name, id or alias. Models holding every word of the query come first (exact
 * and prefix matches of a whole form before the rest, then shorter names); then models that
 * match with a typo or two ("gpt 4.1 mnii", "claud sonet 4.5").
 */
export function searchModels(models: readonly Model[], query: string, limit = 20): Model[] {
  const words = normalizeAlias(query.trim()).split('-').filter(Boolean);
  if (words.length === 0) return [];
  const found = new Set(literalMatches(models, words));
  if (found.size < limit && words.join('').length >= FUZZY_MIN_CHARS)
    for (const model of fuzzyMatches(models, words)) found.add(model);
  return [...found].slice(0, limit);
}
