import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { type StaticServer, serveFolder } from '../../scripts/support/serve';
import { badgeText, clickLookupMenu, openPopupWindow, tabIdOf, waitFor } from '../../scripts/support/toolbar';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const COMPARE_MINI_NANO = 'compare.html#openai/gpt-4.1-mini,openai/gpt-4.1-nano';
const COMPARE_ALL = 'compare.html#openai/gpt-4.1-mini,openai/gpt-4.1-nano,openai/gpt-4o-mini-tts';

let server: StaticServer;
let extension: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
  extension = await launchWithExtension({ headless: true });
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  page = await extension.context.newPage();
  await page.goto(`${server.origin}/compare.html`);
  await waitForMentions(page, 3);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/**
 * The tab the extension opens after this call, once it shows `urlPart`. Polls the open pages rather
 * than taking the next 'page' event: a new tab first shows about:blank, and a busy machine may open
 * another page between.
 */
function nextTab(urlPart: string) {
  const before = new Set(extension.context.pages());
  return waitFor(() => extension.context.pages().find((p) => !before.has(p) && p.url().includes(urlPart)), 20_000);
}

async function search(popup: Page, query: string) {
  await popup.locator('#model-search').fill(query);
  const first = popup.locator('[role=option]').first();
  await first.waitFor();
  return first;
}

describe('popup search', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await openPopupWindow(extension, page);
  });
  afterAll(() => popup?.close());

  it('finds a model by its id, with its overall score and price', async () => {
    const first = await search(popup, 'openai/gpt-4.1-mini');
    await expect.poll(() => first.textContent()).toContain('openai/gpt-4.1-mini');
    expect(await first.locator('.result-score-value').textContent()).toMatch(/^\d+\.\d\*?$/);
    expect(await first.textContent()).toContain('$0.40 / $1.60');
  });

  it('finds a model by a misspelled name, and Enter opens it', async () => {
    const first = await search(popup, 'claud sonet 4.5');
    await expect.poll(() => first.textContent()).toContain('Claude Sonnet 4.5');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.card .id').textContent()).toBe('anthropic/claude-sonnet-4.5');
  });
});

describe('On this page', () => {
  it('lists the models the active tab names; each opens its figures', async () => {
    const popup = await openPopupWindow(extension, page);
    const section = popup.locator('.on-this-page');
    await expect
      .poll(() => section.locator('.page-model').allTextContents())
      .toEqual(['GPT-4.1 mini1 mention', 'GPT-4.1 nano1 mention', 'GPT-4o mini TTS1 mention']);

    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.setViewportSize({ width: 380, height: 260 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: `${SCREENSHOTS}popup-light.png` });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SCREENSHOTS}popup-dark.png` });
    await popup.emulateMedia({ colorScheme: 'light' });

    await section.getByRole('button', { name: /GPT-4\.1 nano/ }).click();
    await expect.poll(() => popup.locator('.card .id').textContent()).toBe('openai/gpt-4.1-nano');
    await popup.close();
  });

  it('"Compare all" opens the comparison page of every model on the page', async () => {
    const popup = await openPopupWindow(extension, page);
    const compareAll = popup.getByRole('button', { name: /Compare all/ });
    await compareAll.waitFor();
    const opened = nextTab('/compare.html');
    await compareAll.click();
    const comparison = await opened;
    expect(comparison.url()).toMatch(new RegExp(`^chrome-extension://${extension.extensionId}/`));
    expect(comparison.url().endsWith(COMPARE_ALL)).toBe(true);
    await comparison.close();
    await popup.close();
  });

  it('says calmly that ModelPeek does not run on a browser page', async () => {
    const browserPage = await extension.context.newPage();
    await browserPage.goto('chrome://version');
    const popup = await openPopupWindow(extension, browserPage);
    await expect
      .poll(() => popup.locator('.on-this-page').textContent())
      .toContain('ModelPeek does not run on this page.');
    expect(await popup.locator('.error').count()).toBe(0);
    await popup.close();
    await browserPage.close();
  });
});

describe('toolbar badge', () => {
  it('counts the distinct known models the page names, and follows page changes', async () => {
    const tab = await extension.context.newPage();
    await tab.goto(`${server.origin}/compare.html`);
    const tabId = await tabIdOf(extension, tab);
    await expect.poll(() => badgeText(extension, tabId), { timeout: 10_000 }).toBe('3');
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Claude Sonnet 4.5 and GPT-4.1 mini again.';
      document.body.append(p);
    });
    await expect.poll(() => badgeText(extension, tabId), { timeout: 10_000 }).toBe('4');
    await tab.close();
  });
});

describe('context menu and shortcut', () => {
  it('"Look up “…” in ModelPeek" opens the lookup page searching for the selection', async () => {
    await page.bringToFront();
    const opened = nextTab('/popup.html#q=');
    await clickLookupMenu(extension, page, 'gpt 4.1 mnii');
    const lookup = await opened;
    // The tab is caught at commit: the page's script may not have filled the box yet.
    await expect.poll(() => lookup.locator('#model-search').inputValue()).toBe('gpt 4.1 mnii');
    await expect.poll(() => lookup.locator('[role=option]').first().textContent()).toContain('GPT-4.1 mini');
    await lookup.close();
  });

  it('declares Alt+Shift+M to open the popup', async () => {
    const commands = await extension.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+M' }));
  });
});

describe('card actions on "GPT-4.1 mini vs GPT-4.1 nano"', () => {
  const hoverMini = async () => {
    await page.bringToFront();
    await page.mouse.move(1, 1);
    return hoverMention(page, 'GPT-4.1 mini');
  };

  it('"Compare" opens the comparison with the target', async () => {
    await hoverMini();
    const compare = page.locator('modelpeek-card button.compare');
    expect(await compare.getAttribute('aria-label')).toBe('Compare with GPT-4.1 nano');
    const opened = nextTab('/compare.html');
    await compare.click();
    const comparison = await opened;
    expect(comparison.url().endsWith(COMPARE_MINI_NANO)).toBe(true);
    await comparison.close();
  });

  it('"Copy id", from the keyboard, copies the id and says so', async () => {
    await hoverMini();
    // "Copy id" is under More.
    await page.locator('modelpeek-card button.more').click();
    const copy = page.locator('modelpeek-card button.copy');
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('openai/gpt-4.1-mini');
  });
});
