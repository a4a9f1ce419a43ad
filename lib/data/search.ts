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

/**
 * Finds models by name, id or alias. Every word of the query must appear; exact and prefix
 * matches rank first, then shorter names (the base model before its variants).
 */
export function searchModels(models: readonly Model[], query: string, limit = 20): Model[] {
  const words = normalizeAlias(query.trim()).split('-').filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join('-');
  const ranked: { model: Model; rank: number }[] = [];
  for (const model of models) {
    const forms = [model.id, model.name, ...model.aliases].map(normalizeAlias);
    const text = forms.join(' ');
    if (!words.every((word) => text.includes(word))) continue;
    const best = Math.min(...forms.map((form) => rankForm(form, whole) ?? 4));
    ranked.push({ model, rank: best });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.model.name.length - b.model.name.length);
  return ranked.slice(0, limit).map((entry) => entry.model);
}
