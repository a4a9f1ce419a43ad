import { type AliasEntry, normalizeAlias } from './aliases';

/** A model name found in a text: `text.slice(start, end)` names `modelId`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  modelId: string;
}

export type Matcher = (text: string) => Mention[];

/** Aliases this short ("o3", "R1") are ordinary codes elsewhere: they must match exactly, case included. */
const EXACT_CASE_MAX_LENGTH = 3;

function aliasPattern(alias: string): string {
  return alias
    .split(/[\s_-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s_-]+');
}

/**
 * Builds a matcher over all aliases: one combined expression, longest alias first so the
 * longest name wins, and word boundaries that reject a known name inside a longer unknown id
 * ("gpt-4o-mini-tts" is not "gpt-4o-mini").
 */
export function createMatcher(entries: readonly AliasEntry[]): Matcher {
  const byNormal = new Map<string, AliasEntry>();
  for (const entry of entries) {
    const key = normalizeAlias(entry.alias);
    if (!byNormal.has(key)) byNormal.set(key, entry);
  }
  const aliases = [...byNormal.values()].sort((a, b) => b.alias.length - a.alias.length);
  if (aliases.length === 0) return () => [];
  const body = aliases.map((entry) => aliasPattern(entry.alias)).join('|');
  const expression = new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${body})(?![\\p{L}\\p{N}_]|[.-][\\p{L}\\p{N}])`, 'giu');

  return (text) => {
    const mentions: Mention[] = [];
    expression.lastIndex = 0;
    for (let match = expression.exec(text); match; match = expression.exec(text)) {
      const found = match[0];
      const entry = byNormal.get(normalizeAlias(found));
      if (!entry || (entry.alias.length <= EXACT_CASE_MAX_LENGTH && found !== entry.alias)) {
        expression.lastIndex = match.index + 1;
        continue;
      }
      mentions.push({ start: match.index, end: match.index + found.length, text: found, modelId: entry.modelId });
    }
    return mentions;
  };
}
