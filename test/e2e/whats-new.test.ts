import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';
import { type HttpServer, serveHttp } from '../../scripts/support/serve';
import { onlyOpenRouterFrom, openRouterPriceCut } from '../support/openrouter-stand-in';
import { openRouterModel } from '../support/source-shapes';

/**
 * Stands in for openrouter.ai: GPT-4.1 mini's output price cut, and a model the dataset lacks.
 * Broken at first: the refresh on install may already ask it, and the first test reads What's new
 * before any refresh has brought anything.
 */
let mode: 'good' | 'broken' = 'broken';
let sourceServer: HttpServer;
let extension: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  const answer = {
    ...openRouterPriceCut,
    data: [...openRouterPriceCut.data, openRouterModel('acme/pulse-1', { name: 'Acme: Pulse 1' })],
  };
  sourceServer = await serveHttp((_, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (mode === 'broken') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream failed');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  extension = await launchWithExtension({ headless: true });
  await extension.worker.evaluate(
    async (settings) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await chrome.storage.local.set(settings);
    },
    onlyOpenRouterFrom(`${sourceServer.origin}/api/v1/models`),
  );
  options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.locator('[data-source="openrouter"]').waitFor();
});

afterAll(async () => {
  await extension?.close();
  await sourceServer?.close();
});

/** What the background says of What's new, asked as the popup asks it. */
const whatsNew = () =>
  options.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<{ value: { unseen: boolean; entries: unknown[] } }> } };
    };
    return (await chrome.runtime.sendMessage({ type: 'getWhatsNew', payload: {} })).value;
  });

async function openPopup(): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  return popup;
}

describe("What's new", () => {
  it('has nothing to say before a refresh brings something', async () => {
    expect(await whatsNew()).toEqual({ entries: [], unseen: false });
    const popup = await openPopup();
    await popup.locator('#model-search').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.locator('.whats-new').count()).toBe(0);
    await popup.close();
  });

  it('lists the models a refresh added and the prices it changed, with the date, and a dot until seen', async () => {
    mode = 'good';
    await options.getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(async () => (await whatsNew()).unseen).toBe(true);

    const popup = await openPopup();
    const section = popup.locator('.whats-new');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toMatch(/\d{4}-\d\d-\d\d/);
    expect(text).toContain('new');
    expect(text).toMatch(/1 model added: .*Pulse 1/);
    expect(text).toContain('GPT-4.1 mini output price $1.60 → $0.80');
    // Seen once the popup shows it: the icon's dot goes.
    await expect.poll(async () => (await whatsNew()).unseen).toBe(false);

    await popup.locator('.news-model', { hasText: 'GPT-4.1 mini' }).click();
    await expect.poll(async () => (await popup.locator('.card').textContent()) ?? '').toContain('$0.80');
    await popup.close();

    const again = await openPopup();
    await again.locator('.whats-new').waitFor();
    expect(await again.locator('.news-tag').count()).toBe(0);
    await again.close();
  });
});
