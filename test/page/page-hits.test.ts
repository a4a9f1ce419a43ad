// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPageHits } from '../../lib/page/page-hits';
import type { Hit } from '../../lib/page/scan';

const node = document.createTextNode('');
const hit = (modelId: string): Hit => ({ start: 0, end: 1, text: modelId, modelId, node });

describe('createPageHits', () => {
  it('finds, of the given models, the one the page names most', () => {
    const hits = createPageHits(undefined);
    for (const id of ['claude-3.5-sonnet', 'claude-3.5-sonnet', 'claude-4-sonnet']) hits.count(hit(id));
    expect(hits.mostNamed(['claude-4-sonnet', 'claude-3.5-sonnet'])).toBe('claude-3.5-sonnet');
    // As often: the first given.
    hits.count(hit('claude-4-sonnet'));
    expect(hits.mostNamed(['claude-4-sonnet', 'claude-3.5-sonnet'])).toBe('claude-4-sonnet');
    expect(hits.mostNamed(['claude-3-sonnet'])).toBeUndefined();
    expect(hits.mostNamed([])).toBeUndefined();
  });

  it('stops counting a name once', () => {
    const hits = createPageHits(undefined);
    const one = hit('gpt-4o');
    hits.count(one);
    expect(hits.uncount(one)).toBe(true);
    expect(hits.uncount(one)).toBe(false);
    expect(hits.mostNamed(['gpt-4o'])).toBeUndefined();
  });
});
