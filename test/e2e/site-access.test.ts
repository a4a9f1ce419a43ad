import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import { waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

/**
 * "Only on sites I allow", in Chromium. The fixture server answers on 127.0.0.1, and the same
 * pages on `localhost` are another site. Sites are allowed by writing the setting as the popup and
 * the options page do: a test cannot answer the browser's permission dialog.
 */
const browsing = browseFixturePages();

type Chrome = {
  storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } };
};

async function setPreferences(patch: Partial<Preferences>) {
  await browsing.extension.worker.evaluate(
    async ({ patch, defaults }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const current = (await chrome.storage.local.get('preferences')).preferences ?? defaults;
      await chrome.storage.local.set({ preferences: { ...current, ...patch } });
    },
    { patch, defaults: DEFAULT_PREFERENCES },
  );
}

function storedPreferences() {
  return browsing.extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.storage.local.get('preferences')).preferences as Partial<Preferences> | undefined;
  });
}

/** The same fixture page on another site of the same server. */
const onLocalhost = (path: string) => `${browsing.server.origin.replace('127.0.0.1', 'localhost')}/${path}`;

async function open(url: string): Promise<Page> {
  const page = await browsing.extension.context.newPage();
  await page.goto(url);
  return page;
}

/** What ModelPeek did on a page: its highlights, and the scans it measured (lib/page/runtime.ts). */
const work = (page: Page) =>
  page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('modelpeek')),
    scans: performance.getEntriesByType('measure').filter((m) => m.name === 'modelpeek:first-scan').length,
  }));

describe('only on sites I allow', () => {
  it('works on an allowed site, and does nothing at all on another until it is allowed', async () => {
    await setPreferences({ siteAccess: 'allowed-sites', allowedSites: ['http://127.0.0.1'] });
    const other = await open(onLocalhost('compare.html'));
    const allowed = await open(`${browsing.server.origin}/compare.html`);
    expect((await waitForMentions(allowed, 2)).map((m) => m.text)).toContain('GPT-4.1 mini');
    expect((await work(allowed)).scans).toBe(1);

    // The other site had as long as the allowed one, and more: no scan, no highlight.
    await other.bringToFront();
    await other.waitForTimeout(500);
    expect(await work(other)).toEqual({ highlights: [], scans: 0 });

    // Allowing its site starts ModelPeek on the open page, with no reload.
    await setPreferences({ allowedSites: ['http://127.0.0.1', 'http://localhost'] });
    await waitForMentions(other, 2);
    await other.close();
    await allowed.close();
  });

  it('lists the allowed sites in the options page, removes one, and says how to take back every-site access', async () => {
    await setPreferences({ siteAccess: 'allowed-sites', allowedSites: ['http://127.0.0.1', 'http://localhost'] });
    const page = await open(onLocalhost('compare.html'));
    await waitForMentions(page, 2);

    const options = await open(`chrome-extension://${browsing.extension.extensionId}/options.html`);
    const section = options.locator('.site-access');
    await expect.poll(() => section.getByLabel('Only on sites I allow').isChecked()).toBe(true);
    expect(await section.locator('.allowed-sites .site').allTextContents()).toEqual([
      'http://127.0.0.1',
      'http://localhost',
    ]);
    // Chromium keeps the access it gave at install: the page says so, and where to take it back.
    expect(await section.locator('.site-access-note').textContent()).toMatch(
      /still loads ModelPeek’s page script on every site.*Site access.*“On specific sites”/,
    );

    await section.getByRole('button', { name: 'Remove http://localhost' }).click();
    await expect.poll(() => section.locator('.allowed-sites .site').allTextContents()).toEqual(['http://127.0.0.1']);
    await expect.poll(async () => (await work(page)).highlights).toEqual([]);

    // Back to every site, and into the mode again from the page: the browser refuses to give back its
    // install-time access, the setting holds, and the note stays.
    await section.getByLabel('On every site').check();
    await expect.poll(async () => (await work(page)).highlights).toEqual(['modelpeek-mention']);
    expect(await section.locator('.site-access-note').count()).toBe(0);
    await section.getByLabel('Only on sites I allow').check();
    await expect.poll(async () => (await work(page)).highlights).toEqual([]);
    await expect.poll(() => section.locator('.site-access-note').count()).toBe(1);
    expect(await options.locator('.message').count()).toBe(0);
    expect(await storedPreferences()).toMatchObject({
      siteAccess: 'allowed-sites',
      allowedSites: ['http://127.0.0.1'],
    });

    await setPreferences({ siteAccess: 'every-site', allowedSites: [] });
    await options.close();
    await page.close();
  });
});
