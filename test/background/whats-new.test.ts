import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWhatsNew } from '../../lib/background/whats-new';
import { testCitation as cite, testDataset as dataset, testModel } from '../support/models';

const before = dataset([testModel('acme/mini', { price: { input: 0.4, output: 1.6, ...cite } })]);
const after = dataset([testModel('acme/mini', { price: { input: 0.4, output: 0.8, ...cite } })]);

/** The icon paths the background set, in order: the browser itself cannot run in Node. */
let icons: string[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  icons = [];
  fakeBrowser.action.setIcon = vi.fn(async ({ path }: { path?: unknown }) => {
    icons.push((path as Record<number, string>)[16] as string);
  }) as typeof fakeBrowser.action.setIcon;
});

describe("What's new in the background", () => {
  it('records what a refresh changed, once, and puts a dot on the icon until the reader has seen it', async () => {
    const news = createWhatsNew(fakeBrowser);
    await news.record(before, after, new Date('2026-12-06T10:00:00Z'));
    await news.record(before, after, new Date('2026-12-06T10:05:00Z'));
    const kept = await news.read();
    expect(kept.entries).toHaveLength(1);
    expect(kept.entries[0]?.prices).toEqual([
      { id: 'acme/mini', name: 'acme/mini', side: 'output', old: 1.6, new: 0.8 },
    ]);
    expect(icons).toEqual(['/icon/news-16.png']);
    await news.markSeen();
    expect((await news.read()).seenAt).toBe('2026-12-06T10:00:00.000Z');
    expect(icons).toEqual(['/icon/news-16.png', '/icon/16.png']);
  });

  it('records nothing when nothing changed, and reads stored junk as no news', async () => {
    const news = createWhatsNew(fakeBrowser);
    await news.record(before, before, new Date());
    await fakeBrowser.storage.local.set({ whatsNew: { entries: 'not a list' } });
    expect(await news.read()).toEqual({ entries: [] });
    await news.restore();
    expect(icons).toEqual(['/icon/16.png']);
  });
});
