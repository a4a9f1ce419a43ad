import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { ExtensionBrowser } from './extension';

const HIGHLIGHT = 'modelpeek-mention';
const CARD_HOST = 'modelpeek-card';

export interface Mention {
  text: string;
  x: number;
  y: number;
}

/** The underlined names as the page shows them (read from the CSS highlight registry), in the order found. */
export async function waitForMentions(page: Page, atLeast = 1): Promise<Mention[]> {
  await page.waitForFunction(
    ({ name, atLeast }) => ((CSS.highlights.get(name) as Highlight | undefined)?.size ?? 0) >= atLeast,
    { name: HIGHLIGHT, atLeast },
    { timeout: 15_000 },
  );
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name) as Highlight;
    return [...(highlight as unknown as Iterable<AbstractRange>)].map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
  }, HIGHLIGHT);
}

/** Rests the pointer on the first mention of `text` and waits for the card; returns the card's text. */
export async function hoverMention(page: Page, text: string): Promise<string> {
  const mentions = await waitForMentions(page);
  const mention = mentions.find((m) => m.text === text);
  if (!mention) throw new Error(`"${text}" is not underlined; found: ${mentions.map((m) => m.text).join(', ')}`);
  await page.mouse.move(mention.x, mention.y, { steps: 3 });
  const card = page.locator(`${CARD_HOST} .card`);
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  return (await card.textContent()) ?? '';
}

/**
 * Asks the page's content script, through the extension's service worker, which models it found.
 * The page is brought to the front: the extension addresses the active tab, as the popup does.
 */
export async function listPageModels(extension: ExtensionBrowser, page: Page) {
  await page.bringToFront();
  return extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof browser };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    const reply = await chrome.tabs.sendMessage(tab.id, { type: 'listPageModels', payload: {} }, { frameId: 0 });
    if (!reply?.ok) throw new Error(`listPageModels failed: ${JSON.stringify(reply)}`);
    return reply.value.models as { id: string; name: string; mentions: number }[];
  });
}
