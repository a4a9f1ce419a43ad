import type { AliasEntry, NameEntry, SeriesAliasEntry } from './aliases';
import { foldedSlice, nextTokenStart, tokenEnd, tokenize } from './tokens';

export interface TrieNode {
  children: Map<string, TrieEdge>;
  /** The model whose name ends here. */
  entry?: AliasEntry;
  /** The series whose name ends here. */
  series?: SeriesAliasEntry;
  /** The series whose name, a family word, ends here: named only after an Ollama command. */
  ollamaSeries?: SeriesAliasEntry;
}

export interface TrieEdge {
  node: TrieNode;
  /** Every alias through this edge writes it with nothing before it ("4o", "o3", "8b"). */
  tight: boolean;
}

/** Keeps the first non-ambiguous entry of a name (a form two names share goes to the first). */
function better<E extends NameEntry>(current: E | undefined, entry: E): E {
  return !current || (current.ambiguous && !entry.ambiguous) ? entry : current;
}

/** Adds one name to the trie under `root`, a token per edge. */
function insert(root: TrieNode, entry: NameEntry): void {
  const tokens = tokenize(entry.alias);
  if (tokens.length === 0) return;
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
  if (!('seriesId' in entry)) node.entry = better(node.entry, entry);
  else if (entry.ollamaOnly) node.ollamaSeries = entry;
  else node.series = better(node.series, entry);
}

/** The first token of a name, as the trie keys it; undefined for a name without letters or digits. */
export function firstToken(alias: string): string | undefined {
  const start = nextTokenStart(alias, 0, alias.length);
  return start < 0 ? undefined : foldedSlice(alias, start, tokenEnd(alias, start));
}

/**
 * The names as a trie of their tokens. A page meets few of the thousands of names' first words,
 * so the branch under a first word is built when the matcher first steps onto it: a page's start
 * pays for the first words only, not for tokenizing and inserting every name.
 */
export function createNameTrie(entries: readonly NameEntry[]) {
  const root: TrieNode = { children: new Map() };
  /** The names under each first word whose branch is not built yet, in the order given. */
  const unbuilt = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    const first = firstToken(entry.alias);
    if (first === undefined) continue;
    const names = unbuilt.get(first);
    if (names) names.push(entry);
    else unbuilt.set(first, [entry]);
  }
  const firstWords: readonly string[] = [...unbuilt.keys()];

  return {
    /** The first word of every name: where a name can start. */
    firstWords,
    /** The edge from the root for a first word, its branch built on first use. */
    edge(word: string): TrieEdge | undefined {
      const names = unbuilt.get(word);
      if (names) {
        unbuilt.delete(word);
        for (const entry of names) insert(root, entry);
      }
      return root.children.get(word);
    },
    /** The node the tokens spell from the root, if any. */
    walk(tokens: readonly { value: string }[]): TrieNode | undefined {
      const [first, ...rest] = tokens;
      let node = first && this.edge(first.value)?.node;
      for (const token of rest) node = node?.children.get(token.value)?.node;
      return node;
    },
  };
}

export type NameTrie = ReturnType<typeof createNameTrie>;
