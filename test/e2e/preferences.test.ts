import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

const browsing = browseFixturePages();

/** Changes the reader's preferences as the options page does (extension storage), from the worker. */
async function setPreferences(patch: Partial<Preferences>) {
  await browsing.extension.worker.evaluate(
    async ({ patch, defaults }) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } };
        };
      };
      const current = (await chrome.storage.local.get('preferences')).preferences ?? defaults;
      await chrome.storage.local.set({ preferences: { ...current, ...patch } });
    },
    { patch, defaults: DEFAULT_PREFERENCES },
  );
}

async function open(path: string): Promise<Page> {
  const page = await browsing.extension.context.newPage();
  await page.goto(`${browsing.server.origin}/${path}`);
  await waitForMentions(page, 2);
  return page;
}

const registered = (page: Page) =>
  page.evaluate(() => ['modelpeek-mention', 'modelpeek-mention-background'].filter((n) => CSS.highlights.has(n)));

describe('preferences, applied live on open pages', () => {
  it('"Set as baseline" in one tab makes every tab compare with that model', async () => {
    const other = await open('baseline.html');
    expect(await hoverMention(other, 'Claude Sonnet 4.5')).toContain('vs Gemini 2.5 Flash');
    await other.keyboard.press('Escape');

    const first = await open('compare.html');
    await hoverMention(first, 'GPT-4.1 mini');
    // "Set as baseline" is under More.
    await first.locator('modelpeek-card button.more').click();
    await first.locator('modelpeek-card button.baseline').click();
    // The baseline's own card no longer offers to become it.
    await first.keyboard.press('Escape');

    await other.bringToFront();
    await other.mouse.move(0, 0);
    await expect.poll(() => hoverMention(other, 'Claude Sonnet 4.5')).toContain('vs GPT-4.1 mini');
    await setPreferences({ baselineModelId: null });
    await first.close();
    await other.close();
  });

  it('stops on a listed site and comes back when the site is removed', async () => {
    const page = await open('compare.html');
    expect(await registered(page)).toEqual(['modelpeek-mention']);
    await setPreferences({ disabledSites: [new URL(browsing.server.origin).host] });
    await expect.poll(() => registered(page)).toEqual([]);
    await setPreferences({ disabledSites: [] });
    await expect.poll(() => registered(page)).toEqual(['modelpeek-mention']);
    await waitForMentions(page, 2);
    await page.close();
  });

  it('shows the blended price at the token mix of the options page', async () => {
    const page = await open('compare.html');
    expect(await hoverMention(page, 'GPT-4.1 mini')).toMatch(/Blended 3:1\s*\$0\.70/);
    await page.keyboard.press('Escape');
    await browsing.extension.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await chrome.storage.local.set({
        costSettings: { inputShare: 0.5, cachedShare: 0, monthlyInputTokens: 1, monthlyOutputTokens: 1 },
      });
    });
    await page.mouse.move(0, 0);
    await expect.poll(() => hoverMention(page, 'GPT-4.1 mini')).toMatch(/Blended 1:1\s*\$1\.00/);
    await page.close();
  });

  it('pauses everywhere from the popup, and resumes', async () => {
    const page = await open('compare.html');
    const popup = await browsing.extension.context.newPage();
    await popup.goto(`chrome-extension://${browsing.extension.extensionId}/popup.html`);
    const pause = popup.getByLabel('Pause ModelPeek on every page');
    await pause.check();
    await expect.poll(() => registered(page)).toEqual([]);
    await pause.uncheck();
    await expect.poll(() => registered(page)).toEqual(['modelpeek-mention']);
    await popup.close();
    await page.close();
  });

  it('switches the highlight style and hides card sections at once', async () => {
    const page = await open('compare.html');
    await setPreferences({ highlightStyle: 'background' });
    await expect.poll(() => registered(page)).toEqual(['modelpeek-mention-background']);
    await setPreferences({
      highlightStyle: 'underline',
      cardSections: { scores: true, operational: true, deltas: true, provenance: false },
    });
    await expect.poll(() => registered(page)).toEqual(['modelpeek-mention']);
    expect(await hoverMention(page, 'GPT-4.1 mini')).toContain('$1.60');
    // Sources show under More, unless the reader hid them.
    await page.locator('modelpeek-card button.more').click();
    const card = (await page.locator('modelpeek-card .card').textContent()) ?? '';
    expect(card).toContain('openai/gpt-4.1-mini');
    expect(card).not.toContain('Price: OpenRouter');
    await setPreferences({ cardSections: { scores: true, operational: true, deltas: true, provenance: true } });
    await page.close();
  });
});
