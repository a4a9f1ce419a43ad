import { type AffixToken, formatSuffixLength, isVariantTail, nameStart } from './affixes';
import type { AliasEntry } from './aliases';
import { familyOf, MODEL_FAMILIES, modelShapedLength } from './lexicon';
import { type Separator, separatorBetween, tokenize } from './tokens';

/** A model name found in a text: `text.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The model named; for a variant, its base model; null for a model the dataset does not hold. */
  modelId: string | null;
  /** A newer or special release of `modelId` ("Qwen3-30B-A3B-Instruct-2507"). */
  variant?: boolean;
  /** For names beyond the dataset (and variants): the model family, e.g. "qwen3", "vicuna". */
  family?: string;
  /** Counts only where the text is about AI models. */
  ambiguous?: boolean;
}

export type Matcher = (text: string) => Mention[];

interface TrieNode {
  children: Map<string, TrieEdge>;
  entry?: AliasEntry;
}
interface TrieEdge {
  node: TrieNode;
  /** Every alias through this edge writes it with nothing before it ("4o", "o3", "8b"). */
  tight: boolean;
}

/** Read at most this many characters ahead of a candidate name. */
const WINDOW = 160;

interface WindowToken extends AffixToken {
  start: number;
  end: number;
  separator: Exclude<Separator, 'break'>;
}

function windowTokens(text: string, start: number): WindowToken[] {
  const raw = tokenize(text, start, Math.min(text.length, start + WINDOW));
  const tokens: WindowToken[] = [];
  for (const [i, token] of raw.entries()) {
    const separator = i === 0 ? 'none' : separatorBetween(text, raw[i - 1]?.end ?? 0, token.start);
    if (separator === 'break') break;
    // A name never spans a slash going forward ("gpt-4o/config.json" is a path).
    tokens.push({ ...token, separator, tight: separator === 'none' });
  }
  return tokens;
}

function buildTrie(entries: readonly AliasEntry[]): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const entry of entries) {
    const tokens = tokenize(entry.alias);
    let node = root;
    tokens.forEach((token, i) => {
      const tight = i > 0 && token.start === tokens[i - 1]?.end;
      let edge = node.children.get(token.value);
      if (!edge) {
        edge = { node: { children: new Map() }, tight };
        node.children.set(token.value, edge);
      } else if (!tight) edge.tight = false;
      node = edge.node;
    });
    if (tokens.length > 0 && (!node.entry || (node.entry.ambiguous && !entry.ambiguous))) node.entry = entry;
  }
  return root;
}

/** The start of each alias, as a pattern: its first token, or its first two when the first is one letter ("o3"). */
function headPatterns(entries: readonly AliasEntry[]): string[] {
  const heads = new Set<string>(MODEL_FAMILIES);
  for (const entry of entries) {
    const [first, second] = tokenize(entry.alias);
    if (!first) continue;
    heads.add(first.value.length >= 2 || !second ? first.value : `${first.value}[-_. ]?${second.value}`);
  }
  return [...heads].sort((a, b) => b.length - a.length);
}

/**
 * Builds the matcher. A fast prefilter expression finds where a name could start; at each such
 * place the text's tokens walk a trie of every alias (any case, any separator), the longest name
 * wins, format suffixes and snapshot dates stay part of it, and what follows decides: nothing
 * (a hit), a version tail (a variant of the model), or anything else (a longer, different name,
 * which is a hit only if it is model-shaped, and then not for the shorter model).
 */
export function createMatcher(entries: readonly AliasEntry[]): Matcher {
  const root = buildTrie(entries);
  const prefilter = new RegExp(`(?<![A-Za-z0-9])(?:${headPatterns(entries).join('|')})`, 'gi');

  function known(tokens: readonly WindowToken[]): { last: number; entry: AliasEntry } | undefined {
    let node = root;
    let best: { last: number; entry: AliasEntry } | undefined;
    for (const [i, token] of tokens.entries()) {
      const edge = node.children.get(token.value);
      if (!edge || (edge.tight && i > 0 && token.separator !== 'none')) break;
      node = edge.node;
      if (node.entry) best = { last: i, entry: node.entry };
    }
    return best;
  }

  function mentionAt(text: string, start: number): Mention | undefined {
    const tokens = windowTokens(text, start);
    const found = known(tokens);
    let base: AliasEntry | undefined;
    let last = -1;
    let variant = false;
    if (found) {
      const after = tokens.slice(found.last + 1);
      const joined = after.findIndex((t) => t.separator === 'space');
      const tail = joined === -1 ? after : after.slice(0, joined);
      const format = formatSuffixLength(tail);
      const rest = tail.slice(format);
      if (rest.length === 0) {
        base = found.entry;
        last = found.last + format;
      } else if (isVariantTail(rest)) {
        base = found.entry;
        last = found.last + tail.length;
        variant = true;
      }
    }
    const from = nameStart(text, start);
    if (from === undefined) return undefined;
    if (base) {
      const end = tokens[last]?.end ?? start;
      return {
        start: from,
        end,
        text: text.slice(from, end),
        modelId: base.modelId,
        ...(variant ? { variant: true, family: familyOf(tokens) } : {}),
        ...(base.ambiguous && !variant ? { ambiguous: true } : {}),
      };
    }
    const length = modelShapedLength(tokens);
    if (length === 0) return undefined;
    const name = tokens.slice(0, length);
    const end = name[name.length - 1]?.end ?? start;
    const spaced = name.some((t) => t.separator === 'space');
    return {
      start: from,
      end,
      text: text.slice(from, end),
      modelId: null,
      family: familyOf(name),
      ...(spaced ? { ambiguous: true } : {}),
    };
  }

  return (text) => {
    const mentions: Mention[] = [];
    prefilter.lastIndex = 0;
    for (let head = prefilter.exec(text); head; head = prefilter.exec(text)) {
      const mention = mentionAt(text, head.index);
      if (mention) {
        mentions.push(mention);
        prefilter.lastIndex = mention.end;
      }
    }
    return mentions;
  };
}
