import type { BrowserContext, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { PAGE_NAMES_KEY } from '../../lib/detect/packed-names';
import { pollPage } from './page';

/** Waits, on an extension page, until the background has written the page names to storage (once its catalog is built). */
export function waitForPageNamesStored(extensionPage: Page) {
  return pollPage(
    extensionPage,
    async function pageNamesStored(key) {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return typeof (await chrome.storage.local.get(key))[key] === 'string';
    },
    PAGE_NAMES_KEY,
  );
}

/**
 * Where a page gets the names to scan for, timed from an extension page (the same storage and
 * messaging a content script has), `rounds` times each: read from storage, where the background
 * keeps them packed, against the baseline of asking the background, awake and just stopped (a
 * background sleeps after 30 s without events, so a page opened after a pause wakes it).
 */
export async function timePageNamesRead(context: BrowserContext, extensionId: string, rounds: number) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const ask = () =>
    page.evaluate(async () => {
      const start = performance.now();
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const reply = await chrome.runtime.sendMessage({ type: 'getAliasIndex', payload: {} });
      if (!reply?.ok) throw new Error('no alias index');
      return performance.now() - start;
    });
  const read = () =>
    page.evaluate(async (key) => {
      const start = performance.now();
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const packed = (await chrome.storage.local.get(key))[key];
      if (typeof packed !== 'string' || !JSON.parse(packed).groups) throw new Error('no page names in storage');
      return performance.now() - start;
    }, PAGE_NAMES_KEY);
  await ask();
  await waitForPageNamesStored(page);
  const fromStorage: number[] = [];
  const awake: number[] = [];
  const woken: number[] = [];
  for (let i = 0; i < rounds; i++) {
    fromStorage.push(await read());
    awake.push(await ask());
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    woken.push(await ask());
  }
  await page.close();
  return { fromStorage, awake, woken };
}
