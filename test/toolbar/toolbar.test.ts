import { describe, expect, it, vi } from 'vitest';
import { badgeText } from '../../lib/toolbar/badge';
import { LOOKUP_MENU_ID, onLookupMenuClicked } from '../../lib/toolbar/handlers';
import { comparePath, lookupPath } from '../../lib/toolbar/pages';

describe('toolbar badge text', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [12, '12'],
    [99, '99'],
    [100, '99+'],
  ])('%i models → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('extension pages opened in a tab', () => {
  it('puts the models to compare in the hash, in order', () => {
    expect(comparePath(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano'])).toBe(
      '/compare.html#openai/gpt-4.1-mini,openai/gpt-4.1-nano',
    );
  });

  it('encodes the lookup query as the popup reads it', () => {
    const path = lookupPath('claude sonnet 4.5 & co');
    expect(new URLSearchParams(path.split('#')[1]).get('q')).toBe('claude sonnet 4.5 & co');
  });
});

describe('"Look up “…”" menu item', () => {
  it('looks up the trimmed selection, and only for its own item', () => {
    const open = vi.fn();
    const onClicked = onLookupMenuClicked(open);
    onClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: '  GPT-4.1 mini ' });
    onClicked({ menuItemId: 'someone-else', selectionText: 'o3' });
    onClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: '   ' });
    onClicked({ menuItemId: LOOKUP_MENU_ID });
    expect(open.mock.calls).toEqual([['GPT-4.1 mini']]);
  });

  it('cuts a long selection to what the lookup accepts', () => {
    const open = vi.fn();
    onLookupMenuClicked(open)({ menuItemId: LOOKUP_MENU_ID, selectionText: 'x'.repeat(500) });
    expect(open.mock.calls[0]?.[0]).toHaveLength(200);
  });
});
