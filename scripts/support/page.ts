import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import type { ExtensionBrowser } from './extension';

const HIGHLIGHT = 'modelpeek-mention';
const CARD_HOST = 'modelpeek-card';

export interface Mention {
  text: string;
  x: number;
  y: number;
}

/** A page of either driver: Playwright's (Chromium) or Puppeteer's (Firefox). */
export type AnyPage = Page | PuppeteerPage;

/** What the helpers below use of a page, which both drivers offer in the same shape. */
interface ScriptablePage {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
}

function scriptable(page: AnyPage): ScriptablePage {
  return page as unknown as ScriptablePage;
}

/** The underlined texts of a page or frame of either driver, sorted. */
export function underlinedTexts(target: Pick<Page, 'evaluate'> | Pick<PuppeteerPage, 'evaluate'>): Promise<string[]> {
  return (target as unknown as ScriptablePage).evaluate((name) => {
    const highlight = CSS.highlights.get(name) as unknown as Iterable<AbstractRange> | undefined;
    return [...(highlight ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)).sort();
  }, HIGHLIGHT);
}

/** Polls `check` in the page until it gives something truthy, for at most `timeoutMs`. */
export async function pollPage<A, R>(page: AnyPage, check: (arg: A) => R, arg: A, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await scriptable(page).evaluate(check, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${check.name || 'the page'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the options page says a live source (e.g. "openrouter") has been refreshed. */
export function waitForSourceRefreshed(options: AnyPage, source: string) {
  return pollPage(
    options,
    (id) => {
      const last = document.querySelector(`[data-source="${id}"] .last-success`)?.textContent;
      return last && last !== 'never';
    },
    source,
  );
}

/** The underlined names as the page shows them (read from the CSS highlight registry), in the order found. */
export async function waitForMentions(page: AnyPage, atLeast = 1): Promise<Mention[]> {
  await pollPage(
    page,
    ({ name, atLeast }) => ((CSS.highlights.get(name) as Highlight | undefined)?.size ?? 0) >= atLeast,
    { name: HIGHLIGHT, atLeast },
  );
  return scriptable(page).evaluate((name) => {
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

/** How many names the page has underlined. */
export function underlinedCount(page: AnyPage): Promise<number> {
  return scriptable(page).evaluate(
    (name) => (CSS.highlights.get(name) as unknown as Set<unknown> | undefined)?.size ?? 0,
    HIGHLIGHT,
  );
}

/** Whether a name in the `row`th paragraph of the page's `#log` is underlined (many-names.html). Runs in the page. */
export function rowUnderlined(row: number): boolean {
  const paragraph = document.querySelectorAll('#log p')[row - 1];
  // Named here: the function is sent to the page, without this module's constants.
  const ranges = (CSS.highlights.get('modelpeek-mention') as unknown as Set<AbstractRange> | undefined) ?? [];
  for (const range of ranges) if (range.startContainer.parentNode === paragraph) return true;
  return false;
}

/** The shown card's text, or '' while there is none. */
function shownCardText(host: string): string {
  const card = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.card');
  return card && card.getClientRects().length > 0 ? (card.textContent ?? '') || ' ' : '';
}

/** Rests the pointer on the first mention of `text` and waits for the card; returns the card's text. */
export async function hoverMention(page: AnyPage, text: string): Promise<string> {
  const mentions = await waitForMentions(page);
  const mention = mentions.find((m) => m.text === text);
  if (!mention) throw new Error(`"${text}" is not underlined; found: ${mentions.map((m) => m.text).join(', ')}`);
  await scriptable(page).mouse.move(mention.x, mention.y, { steps: 3 });
  return pollPage(page, shownCardText, CARD_HOST, 10_000);
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
