import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, launchWithExtension } from '../../scripts/support/extension';
import { launchFirefoxWithExtension } from '../../scripts/support/firefox';
import { hoverMention, pollPage, waitForSourceRefreshed } from '../../scripts/support/page';
import { type HttpServer, type StaticServer, serveFolder, serveHttp } from '../../scripts/support/serve';
import { openRouterPriceCut } from '../support/openrouter-stand-in';

/**
 * An update keeps what the reader stored. The build of the previous release (kept in
 * test/fixtures/previous-release, made by `npm run previous-release`) runs first: the reader picks
 * a baseline, adds a custom source, and a refresh records a price change. Then the current build
 * takes its place in the same profile, as a browser updates an extension, and all three are there.
 */
const PREVIOUS = new URL('../fixtures/previous-release/', import.meta.url).pathname;
const CUSTOM_URL = 'https://team.example/modelpeek-prices.json';
const PRICE_CUT = /price cut 50% on \d{4}-\d\d-\d\d/;

let pages: StaticServer;
let source: HttpServer;
let work: string;

/** What the reader stores in the previous version: OpenRouter from the stand-in, a custom source, a daily refresh. */
function storedSources() {
  return {
    sourceSettings: {
      enabled: { published: false, openrouter: true, litellm: false, custom: true },
      urls: { openrouter: `${source.origin}/api/v1/models`, custom: CUSTOM_URL },
      intervalHours: 24,
    },
  };
}

beforeAll(async () => {
  pages = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
  source = await serveHttp((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(openRouterPriceCut));
  });
  work = await mkdtemp(join(tmpdir(), 'modelpeek-update-'));
});

afterAll(async () => {
  await pages?.close();
  await source?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('update in Chromium', () => {
  it('keeps the baseline, the custom source and the recorded price change', async () => {
    // Chromium names an unpacked extension after its folder: the new build goes into the same one.
    const extensionDir = join(work, 'chromium-extension');
    const profile = join(work, 'chromium-profile');
    await cp(join(PREVIOUS, 'chrome-mv3'), extensionDir, { recursive: true });
    const before = await launchWithExtension({ headless: true, extensionDir, profile });
    await before.worker.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as { chrome: typeof ExtensionApi };
      await chrome.storage.local.set(settings);
    }, storedSources());
    const options = await before.context.newPage();
    await options.goto(`chrome-extension://${before.extensionId}/options.html`);
    await options.getByPlaceholder('Search a model').fill('gpt-4.1 nano');
    await options.locator('.choices button').first().click();
    await expect.poll(() => options.locator('.baseline').textContent()).toContain('GPT-4.1 nano');
    await options.getByRole('button', { name: 'Refresh now' }).click();
    const openRouterRow = options.locator('[data-source="openrouter"] .last-success');
    await expect.poll(() => openRouterRow.textContent(), { timeout: 15_000 }).not.toBe('never');
    const card = async (extension: typeof before) => {
      const page = await extension.context.newPage();
      await page.goto(`${pages.origin}/compare.html`);
      const text = await hoverMention(page, 'GPT-4.1 mini');
      await page.close();
      return text;
    };
    expect(await card(before)).toMatch(PRICE_CUT);
    await before.close();

    await rm(extensionDir, { recursive: true });
    await cp(CHROME_BUILD_DIR, extensionDir, { recursive: true });
    const after = await launchWithExtension({ headless: true, extensionDir, profile });
    try {
      expect(after.extensionId).toBe(before.extensionId);
      const updated = await after.context.newPage();
      await updated.goto(`chrome-extension://${after.extensionId}/options.html`);
      await expect.poll(() => updated.locator('.baseline').textContent()).toContain('GPT-4.1 nano');
      const custom = updated.locator('[data-source="custom"]');
      expect(await custom.locator('input[type=url]').inputValue()).toBe(CUSTOM_URL);
      expect(await custom.locator('input[type=checkbox]').isChecked()).toBe(true);
      const text = await card(after);
      expect(text).toContain('$0.80');
      expect(text).toMatch(PRICE_CUT);
    } finally {
      await after.close();
    }
  });
});

describe('update in Firefox', () => {
  it('keeps the baseline, the custom source and the recorded price change', async () => {
    const firefox = await launchFirefoxWithExtension({ headless: true, extensionDir: join(PREVIOUS, 'firefox-mv2') });
    try {
      let options = await firefox.openExtensionPage('options.html');
      await options.evaluate(async (settings) => {
        const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
        await browser.storage.local.set(settings);
      }, storedSources());
      await options.close();
      options = await firefox.openExtensionPage('options.html');
      await options.type('input[placeholder^="Search a model"]', 'gpt-4.1 nano');
      await (await options.waitForSelector('.choices button'))?.click();
      await pollPage(options, () => document.querySelector('.baseline')?.textContent?.includes('GPT-4.1 nano'), null);
      await (await options.waitForSelector('::-p-text(Refresh now)'))?.click();
      await waitForSourceRefreshed(options, 'openrouter');
      await options.close();
      const card = async () => {
        const page = await firefox.browser.newPage();
        await page.goto(`${pages.origin}/compare.html`);
        const text = await hoverMention(page, 'GPT-4.1 mini');
        await page.close();
        return text;
      };
      expect(await card()).toMatch(PRICE_CUT);

      // Installing the same add-on id again is Firefox's update of a temporary add-on: its storage stays.
      await firefox.browser.installExtension(FIREFOX_BUILD_DIR);
      const updated: PuppeteerPage = await firefox.openExtensionPage('options.html');
      await pollPage(updated, () => document.querySelector('.baseline')?.textContent?.includes('GPT-4.1 nano'), null);
      const custom = await updated.evaluate(() => {
        const row = document.querySelector('[data-source="custom"]');
        return {
          url: row?.querySelector<HTMLInputElement>('input[type=url]')?.value,
          on: row?.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked,
        };
      });
      expect(custom).toEqual({ url: CUSTOM_URL, on: true });
      const text = await card();
      expect(text).toContain('$0.80');
      expect(text).toMatch(PRICE_CUT);
    } finally {
      await firefox.close();
    }
  });
});
