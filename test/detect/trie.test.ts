import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../../lib/detect/aliases';
import { tokenize } from '../../lib/detect/tokens';
import { createNameTrie } from '../../lib/detect/trie';

const ENTRIES: NameEntry[] = [
  { alias: 'o3', modelId: 'openai/o3', ambiguous: true },
  { alias: 'GPT-4o', modelId: 'openai/gpt-4o' },
  { alias: 'gpt-4o mini', modelId: 'openai/gpt-4o-mini' },
  { alias: 'Claude 3.5 Sonnet', modelId: 'anthropic/claude-3.5-sonnet' },
  { alias: 'Llama 3.1', seriesId: 'llama-3.1' },
  { alias: 'Mixtral', seriesId: 'mixtral', ollamaOnly: true },
  // A form two names share: the first that is not ambiguous keeps it.
  { alias: 'Sonnet 3.5', modelId: 'anthropic/claude-3.5-sonnet', ambiguous: true },
  { alias: 'sonnet-3.5', modelId: 'example/sonnet-3.5' },
  { alias: 'sonnet 3.5', modelId: 'example/another' },
  // Nothing to key it by.
  { alias: '--', modelId: 'example/none' },
];

const walk = (trie: ReturnType<typeof createNameTrie>, text: string) => trie.walk(tokenize(text));

describe('the name trie', () => {
  it('lists each first word once, in the order the names come', () => {
    expect(createNameTrie(ENTRIES).firstWords).toEqual(['o', 'gpt', 'claude', 'llama', 'mixtral', 'sonnet']);
  });

  it('spells every name from its tokens, whatever the spelling, as the first branch it steps on is built', () => {
    const trie = createNameTrie(ENTRIES);
    expect(walk(trie, 'gpt 4o')?.entry?.modelId).toBe('openai/gpt-4o');
    expect(walk(trie, 'GPT_4o_Mini')?.entry?.modelId).toBe('openai/gpt-4o-mini');
    expect(walk(trie, 'claude-3-5-sonnet')?.entry?.modelId).toBe('anthropic/claude-3.5-sonnet');
    expect(walk(trie, 'llama3.1')?.series?.seriesId).toBe('llama-3.1');
    expect(walk(trie, 'mixtral')?.ollamaSeries?.seriesId).toBe('mixtral');
    expect(walk(trie, 'mixtral')?.series).toBeUndefined();
    expect(walk(trie, 'gpt 5')).toBeUndefined();
    expect(walk(trie, 'qwen')).toBeUndefined();
    expect(walk(trie, '')).toBeUndefined();
  });

  it('keeps the first name that is not ambiguous where two share a form', () => {
    const trie = createNameTrie(ENTRIES);
    expect(walk(trie, 'Sonnet 3.5')?.entry?.modelId).toBe('example/sonnet-3.5');
  });

  it('marks an edge tight only where every name writes it with nothing before it', () => {
    const trie = createNameTrie(ENTRIES);
    const o = trie.edge('o');
    expect(o?.tight).toBe(false);
    expect(o?.node.children.get('3')?.tight).toBe(true);
    // "GPT-4o" and "gpt-4o mini": 4 follows a hyphen in both, o is tight to 4 in both.
    const four = trie.edge('gpt')?.node.children.get('4');
    expect(four?.tight).toBe(false);
    expect(four?.node.children.get('o')?.tight).toBe(true);
    // "Sonnet 3.5" and "sonnet-3.5": spaced or joined, never tight.
    expect(trie.edge('sonnet')?.node.children.get('3')?.tight).toBe(false);
  });
});
