import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { type ExtensionBrowser, launchWithExtension, offlineHostRules } from '../../scripts/support/extension';
import { launchFirefoxWithExtension } from '../../scripts/support/firefox';
import { hoverMention, waitForSourceRefreshed } from '../../scripts/support/page';
import { type StaticServer, serveFolder } from '../../scripts/support/serve';
import {
  chromiumSourceArgs,
  LITELLM_PATH,
  OPENROUTER_PATH,
  type SourceStandIn,
  serveDefaultSources,
  sourceTunnel,
} from '../support/source-stand-ins';

/**
 * Fresh by default: a new profile, with no setup, refreshes the sources that are on out of the
 * box from their real addresses, which the browser reaches as local stand-ins (lib/settings/sources.ts).
 */
const TODAY = new Date().toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [year, month, day] = TODAY.split('-').map(Number);
const AS_OF_TODAY = `prices as of ${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;

let pages: StaticServer;

beforeAll(async () => {
  pages = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
});

afterAll(async () => {
  await pages?.close();
});

describe('fresh by default, in Chromium', () => {
  let sources: SourceStandIn;
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    sources = await serveDefaultSources({ cors: true });
    extension = await launchWithExtension({ headless: true, args: chromiumSourceArgs(sources, offlineHostRules) });
  });

  afterAll(async () => {
    await extension?.close();
    await sources?.close();
  });

  it('refreshes OpenRouter and LiteLLM on install, by itself', async () => {
    await expect
      .poll(() => sources.requests.map((r) => `${r.method} ${r.host} ${r.path}`).sort(), { timeout: 15_000 })
      .toEqual([`GET openrouter.ai ${OPENROUTER_PATH}`, `GET raw.githubusercontent.com ${LITELLM_PATH}`]);
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    for (const id of ['openrouter', 'litellm']) {
      const row = options.locator(`[data-source="${id}"]`);
      expect(await row.locator('input[type=checkbox]').isChecked()).toBe(true);
      await expect.poll(() => row.locator('.last-success').textContent()).not.toBe('never');
    }
    expect(await options.locator('.refresh-switch input').isChecked()).toBe(true);
    expect(await options.locator('.data-sources .hint').textContent()).toContain('nothing about you');
    await options.close();
  });

  it('shows the refreshed prices with their date, and warns on figures over 30 days old', async () => {
    const page = await extension.context.newPage();
    await page.goto(`${pages.origin}/compare.html`);
    const fresh = await hoverMention(page, 'GPT-4.1 mini');
    expect(fresh).toContain('$0.80');
    expect(fresh).toContain(AS_OF_TODAY);
    expect(fresh).not.toContain('over 30 days old');
    await page.keyboard.press('Escape');
    // Neither stand-in lists GPT-4.1 nano: its price is the bundled one, months old.
    const stale = await hoverMention(page, 'GPT-4.1 nano');
    expect(stale).toMatch(/prices as of \d+ \w{3} 2026 · over 30 days old/);
    await page.close();
  });

  it('says so in the popup on first run, with the one switch that turns it off', async () => {
    let popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    const note = popup.locator('.fresh-note');
    expect(await note.textContent()).toContain('OpenRouter’s model list and LiteLLM’s price list');
    await note.locator('input[type=checkbox]').uncheck();
    await expect
      .poll(() =>
        extension.worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: typeof ExtensionApi };
          return (await chrome.storage.local.get('sourceSettings')).sourceSettings;
        }),
      )
      .toMatchObject({ enabled: { published: false, openrouter: false, litellm: false, custom: false } });
    await note.getByRole('button', { name: 'OK' }).click();
    await popup.close();
    popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.locator('#model-search').waitFor();
    expect(await popup.locator('.fresh-note').count()).toBe(0);
    await popup.close();
  });
});

describe('a source without CORS headers, in Firefox', () => {
  it('is reported in words, and reads once the reader gives access to its site', async () => {
    const sources = await serveDefaultSources({ cors: false });
    const tunnel = await sourceTunnel(sources);
    const firefox = await launchFirefoxWithExtension({ headless: true, proxyPort: tunnel.port });
    try {
      // The options page reads the status when it opens: open it once the failure is recorded.
      const openRouterGets = () => sources.requests.filter((r) => r.path === OPENROUTER_PATH).length;
      await expect.poll(openRouterGets, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      let options = await firefox.openExtensionPage('options.html');
      let error = await options.evaluate(
        () => document.querySelector('[data-source="openrouter"] .last-error')?.textContent,
      );
      for (let tries = 0; !error && tries < 20; tries++) {
        await options.close();
        options = await firefox.openExtensionPage('options.html');
        error = await options.evaluate(
          () => document.querySelector('[data-source="openrouter"] .last-error')?.textContent,
        );
      }
      expect(error).toBe(
        'openrouter.ai answers, but without the CORS headers that let an extension read it: give ModelPeek access to openrouter.ai to fetch it',
      );
      const grant = await options.waitForSelector('[data-source="openrouter"] .grant-access');
      expect(await grant?.evaluate((button) => button.textContent)).toBe('Give access to openrouter.ai');
      await grant?.click();
      await waitForSourceRefreshed(options, 'openrouter');
      expect(sources.requests.filter((r) => r.path === OPENROUTER_PATH && r.method === 'GET').length).toBeGreaterThan(
        1,
      );
    } finally {
      await firefox.close();
      await tunnel.close();
      await sources.close();
    }
  });
});
