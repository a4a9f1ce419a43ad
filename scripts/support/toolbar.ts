import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { ExtensionBrowser } from './extension';

type Chrome = typeof browser;

/**
 * Opens the popup page in a popup window of its own, leaving `page` the active tab of its browser
 * window. Headless Chromium opens the real toolbar popup (`action.openPopup()`) but gives tests no
 * handle on it; a window of its own is the same page, and it speaks of the active tab of the last
 * focused browser window, as the toolbar popup speaks of its window's (lib/toolbar/on-this-page.ts).
 */
export async function openPopupWindow(extension: ExtensionBrowser, page: Page, hash = ''): Promise<Page> {
  await page.bringToFront();
  const before = new Set(extension.context.pages());
  await extension.worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    await chrome.windows.create({ url: chrome.runtime.getURL(url as '/popup.html'), type: 'popup', width: 400 });
  }, `/popup.html${hash}`);
  // A new window's page first shows about:blank: poll for a new page showing the popup.
  const popup = await waitFor(() =>
    extension.context.pages().find((p) => !before.has(p) && p.url().includes('/popup.html')),
  );
  await popup.waitForLoadState();
  return popup;
}

/** Polls `find` until it gives something, for at most `timeoutMs`. */
export async function waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The tab id the extension knows `page` by: it is brought to the front, then read as the active tab
 * of the last focused browser window (the worker sees no tab URLs without the `tabs` permission).
 */
export async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const window = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
    const [tab] = await chrome.tabs.query({ active: true, windowId: window.id });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** The toolbar badge's text on one tab, as the worker reads it. */
export function badgeText(extension: ExtensionBrowser, tabId: number): Promise<string> {
  return extension.worker.evaluate(async (tabId) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return chrome.action.getBadgeText({ tabId });
  }, tabId);
}

/**
 * Chooses the "Look up “…”" menu item on a selection. Headless Chromium has no way to open a
 * context menu, so this dispatches the browser's own `contextMenus.onClicked` event in the worker:
 * the background's listener runs exactly as it would on a real click. It first checks that the
 * item exists (`update` fails for an unknown id).
 */
export async function clickLookupMenu(extension: ExtensionBrowser, page: Page, selectionText: string) {
  const tabId = await tabIdOf(extension, page);
  await extension.worker.evaluate(
    async ({ tabId, selectionText }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      await chrome.contextMenus.update('modelpeek-lookup', {});
      const tab = await chrome.tabs.get(tabId);
      const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
      onClicked.dispatch({ menuItemId: 'modelpeek-lookup', selectionText, editable: false, pageUrl: tab.url }, tab);
    },
    { tabId, selectionText },
  );
}
