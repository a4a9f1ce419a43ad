import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';
import { hoverMention } from '../../scripts/support/page';
import { type HttpServer, type StaticServer, serveFolder, serveHttp } from '../../scripts/support/serve';
import { onlyOpenRouterFrom, openRouterPriceCut } from '../support/openrouter-stand-in';

/**
 * Stands in for openrouter.ai: answers with ETags, or breaks on demand. Broken at first: the
 * refresh on install may already ask it, and the first test reads the bundled price.
 */
let mode: 'good' | 'broken' = 'broken';
let sourceServer: HttpServer;
let sourceUrl = '';
let pages: StaticServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  sourceServer = await serveHttp((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (mode === 'broken') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream failed');
      return;
    }
    const etag = '"models-v2"';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(JSON.stringify(openRouterPriceCut));
  });
  sourceUrl = `${sourceServer.origin}/api/v1/models`;
  pages = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
  extension = await launchWithExtension({ headless: true });
  // Turn the OpenRouter source on, pointed at the local stand-in (what the options page stores).
  await extension.worker.evaluate(async (settings) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set(settings);
  }, onlyOpenRouterFrom(sourceUrl));
});

afterAll(async () => {
  await extension?.close();
  await pages?.close();
  await sourceServer?.close();
});

async function openOptions(): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.locator('[data-source="openrouter"]').waitFor();
  return options;
}

async function cardFor(name: string): Promise<string> {
  const page = await extension.context.newPage();
  await page.goto(`${pages.origin}/compare.html`);
  const card = await hoverMention(page, name);
  await page.close();
  return card;
}

describe('live refresh from a source', () => {
  it('shows the bundled price before any refresh', async () => {
    expect(await cardFor('GPT-4.1 mini')).toContain('$1.60');
  });

  it('takes a new price on "Refresh now", and the card says it was cut', async () => {
    mode = 'good';
    const options = await openOptions();
    await options.getByRole('button', { name: 'Refresh now' }).click();
    const row = options.locator('[data-source="openrouter"]');
    await expect.poll(() => row.locator('.last-success').textContent()).not.toBe('never');
    await options.close();
    const card = await cardFor('GPT-4.1 mini');
    expect(card).toContain('$0.80');
    expect(card).not.toContain('$1.60');
    expect(card).toMatch(/price cut 50% on \d{4}-\d\d-\d\d/);
  });

  it('keeps the last good price when the source breaks, and the options page says why', async () => {
    mode = 'broken';
    const options = await openOptions();
    await options.getByRole('button', { name: 'Refresh now' }).click();
    const error = options.locator('[data-source="openrouter"] .last-error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toContain('HTTP 500');
    await options.close();
    expect(await cardFor('GPT-4.1 mini')).toContain('$0.80');
  });

  it('shows on an open options page a refresh that finishes elsewhere, without a reload', async () => {
    const options = await openOptions();
    const error = options.locator('[data-source="openrouter"] .last-error');
    await expect.poll(() => error.textContent()).toContain('HTTP 500');
    mode = 'good';
    // Another page of the extension (the popup, say) starts the refresh.
    const other = await extension.context.newPage();
    await other.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await other.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
      await chrome.runtime.sendMessage({ type: 'refreshNow', payload: {} });
    });
    await other.close();
    await expect.poll(() => error.count(), { timeout: 10_000 }).toBe(0);
    await options.close();
  });
});
