import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { type FirefoxExtension, launchFirefoxWithExtension } from '../../scripts/support/firefox';
import {
  hoverMention,
  pollPage,
  rowUnderlined,
  underlinedCount,
  underlinedTexts,
  waitForMentions,
  waitForSourceRefreshed,
} from '../../scripts/support/page';
import { type HttpServer, type StaticServer, serveFolder, serveHttp } from '../../scripts/support/serve';
import { onlyOpenRouterFrom, openRouterPriceCut } from '../support/openrouter-stand-in';

let server: StaticServer;
let sourceServer: HttpServer;
let sourceRequests = 0;
let firefox: FirefoxExtension;
/** An extension page kept open to call the extension's APIs from, as the popup or options page would. */
let control: Page;

beforeAll(async () => {
  server = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
  sourceServer = await serveHttp((_req, res) => {
    sourceRequests++;
    res.setHeader('access-control-allow-origin', '*');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(openRouterPriceCut));
  });
  firefox = await launchFirefoxWithExtension({ headless: true });
  control = await firefox.openExtensionPage('options.html');
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await sourceServer?.close();
});

async function openFixture(name: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/${name}`);
  return page;
}

/**
 * Opens the popup page in a popup window of its own, leaving `page` the active tab of its window, as
 * Chromium's tests do. Firefox's driver reports such pages as about:blank, so the new page is found by
 * asking each new one where it is.
 */
async function openPopupWindow(page: Page): Promise<Page> {
  await page.bringToFront();
  const before = new Set(await firefox.browser.pages());
  await control.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
    await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 400 });
  });
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    for (const candidate of await firefox.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.endsWith('/popup.html')) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the popup window did not open');
}

/** A real click (a user gesture) on the first `selector` element whose text includes `text`. */
async function clickText(page: Page, selector: string, text: string) {
  await pollPage(
    page,
    ({ selector, text }) => [...document.querySelectorAll(selector)].some((e) => e.textContent?.includes(text)),
    {
      selector,
      text,
    },
  );
  for (const element of await page.$$(selector)) {
    if ((await element.evaluate((e) => e.textContent ?? '')).includes(text)) return element.click();
  }
}

describe('Firefox: detection', () => {
  it('underlines names in the page and in its open shadow root, and in a same-origin frame', async () => {
    const page = await openFixture('dynamic.html');
    await waitForMentions(page, 2);
    expect(await underlinedTexts(page)).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano']);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    if (!frame) throw new Error('frame not loaded');
    await expect.poll(() => underlinedTexts(frame), { timeout: 10_000 }).toEqual(['Gemini 2.5 Flash']);
    await page.close();
  });

  it('underlines names in the shadow root a component gets when its definition loads late', async () => {
    const page = await openFixture('late-shadow.html');
    await waitForMentions(page, 1);
    await expect.poll(() => underlinedTexts(page), { timeout: 10_000 }).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano']);
    await page.close();
  });

  it('follows page changes and leaves text fields and editors alone', async () => {
    const page = await openFixture('compare.html');
    await waitForMentions(page, 2);
    expect(await underlinedTexts(page)).toEqual(['GPT-4.1 mini', 'GPT-4.1 nano', 'gpt-4o-mini-tts']);
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Later: o4-mini for math.';
      document.body.append(added);
    });
    await expect
      .poll(() => underlinedTexts(page))
      .toEqual(['GPT-4.1 mini', 'GPT-4.1 nano', 'gpt-4o-mini-tts', 'o4-mini']);
    // The page's markup is as it was parsed, apart from the paragraph the test added.
    const unchanged = await page.evaluate(() => {
      const w = window as unknown as { initialBody: string };
      document.body.lastElementChild?.remove();
      return document.body.innerHTML === w.initialBody;
    });
    expect(unchanged).toBe(true);
    await page.close();
  });
});

describe('Firefox: a page naming 6,000 models', () => {
  it('underlines the far names as the reader scrolls near them, and takes back those left behind', async () => {
    const page = await openFixture('many-names.html');
    await pollPage(page, () => performance.getEntriesByName('modelpeek:first-scan').length > 0, undefined, 30_000);
    const atTop = await underlinedCount(page);
    expect(atTop).toBeGreaterThan(20);
    expect(atTop).toBeLessThan(2_000);
    expect(await underlinedTexts(page)).not.toContain('Gemini 2.5 Pro');
    // Row 1,500, far down: underlined once scrolled to, taken back once left far behind.
    const row1500 = () => page.evaluate(rowUnderlined, 1_500);
    expect(await row1500()).toBe(false);
    await page.evaluate(() => document.querySelectorAll('#log p')[1_499]?.scrollIntoView());
    await expect.poll(row1500, { timeout: 10_000 }).toBe(true);
    await page.evaluate(() => document.getElementById('last')?.scrollIntoView());
    await expect.poll(() => underlinedTexts(page), { timeout: 10_000 }).toContain('Gemini 2.5 Pro');
    await expect.poll(row1500, { timeout: 10_000 }).toBe(false);
    expect(await underlinedCount(page)).toBeLessThan(2_000);
    await page.close();
  });
});

describe('Firefox: the hover card', () => {
  it('shows price and the deltas against the model the sentence compares with', async () => {
    const page = await openFixture('compare.html');
    const card = await hoverMention(page, 'GPT-4.1 mini');
    expect(card).toContain('GPT-4.1 mini');
    expect(card).toContain('$0.40');
    expect(card).toContain('$1.60');
    expect(card).toContain('4.0× the output price');
    // Styled by the stylesheet read from storage with the page names: 340 px wide, not as wide as its text.
    const width = await pollPage(
      page,
      () => {
        const shown = document.querySelector('modelpeek-card')?.shadowRoot?.querySelector('.card');
        return shown ? getComputedStyle(shown).width : '';
      },
      null,
    );
    expect(width).toBe('340px');
    // Escape closes it.
    await page.keyboard.press('Escape');
    await pollPage(page, () => !document.querySelector('modelpeek-card')?.shadowRoot?.querySelector('.card'), null);
    await page.close();
  });
});

describe('Firefox: the popup', () => {
  it('finds a model by a misspelled name', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector('#model-search');
    await popup.type('#model-search', 'gpt 4.1 mnii');
    const first = await pollPage(popup, () => document.querySelector('[role=option]')?.textContent ?? '', null);
    expect(first).toContain('GPT-4.1 mini');
    await popup.keyboard.press('Enter');
    const id = await pollPage(popup, () => document.querySelector('.card .id')?.textContent ?? '', null);
    expect(id).toBe('openai/gpt-4.1-mini');
    await popup.close();
  });

  it('lists the models the active tab names', async () => {
    const page = await openFixture('compare.html');
    await waitForMentions(page, 2);
    const popup = await openPopupWindow(page);
    const listed = await pollPage(
      popup,
      () => [...document.querySelectorAll('.on-this-page .page-model')].map((m) => m.textContent).join(' | '),
      null,
    );
    expect(listed).toBe('GPT-4.1 mini1 mention | GPT-4.1 nano1 mention | GPT-4o mini TTS1 mention');
    await popup.close();
    await page.close();
  });
});

describe('Firefox: live refresh from a source', () => {
  it('takes a new price on "Refresh now", and the card shows it', async () => {
    const url = `${sourceServer.origin}/api/v1/models`;
    await control.evaluate(async (settings) => {
      const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
      await browser.storage.local.set(settings);
    }, onlyOpenRouterFrom(url));
    const options = await firefox.openExtensionPage('options.html');
    const refresh = await options.waitForSelector('::-p-text(Refresh now)');
    await refresh?.click();
    await waitForSourceRefreshed(options, 'openrouter');
    expect(sourceRequests).toBeGreaterThan(0);
    await options.close();
    const page = await openFixture('compare.html');
    const card = await hoverMention(page, 'GPT-4.1 mini');
    expect(card).toContain('$0.80');
    expect(card).toMatch(/price cut 50% on \d{4}-\d\d-\d\d/);
    await page.close();
  });
});

describe('Firefox: only on sites I allow', () => {
  const hasAccess = (origins: string[]) =>
    control.evaluate(async (origins) => {
      const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
      return browser.permissions.contains({ origins });
    }, origins);
  const localhostPage = () => `${server.origin.replace('127.0.0.1', 'localhost')}/compare.html`;
  /** The site access the preferences store: the options page is closed only once it is stored. */
  const storedSiteAccess = () =>
    control.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
      const { preferences } = await browser.storage.local.get('preferences');
      return (preferences as { siteAccess?: string } | undefined)?.siteAccess;
    });

  it('gives back every site, and runs only where a site was given again', async () => {
    let options = await firefox.openExtensionPage('options.html');
    await clickText(options, '.site-access label', 'Only on sites I allow');
    // Every site may not have been granted at all: the permission alone does not say the click took.
    await expect.poll(storedSiteAccess).toBe('allowed-sites');
    await expect.poll(() => hasAccess(['http://*/*'])).toBe(false);
    await options.close();

    const page = await firefox.browser.newPage();
    await page.goto(localhostPage());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await underlinedTexts(page)).toEqual([]);

    // The popup lists a site as the reader allows it (a toolbar click gives it the tab's address,
    // which a test cannot make); the options page then asks Firefox for it, on a real click.
    await control.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: typeof ExtensionApi };
      const { preferences } = await browser.storage.local.get('preferences');
      await browser.storage.local.set({
        preferences: { ...(preferences as object), allowedSites: ['http://localhost'] },
      });
    });
    options = await firefox.openExtensionPage('options.html');
    await clickText(options, '.allowed-sites button', 'Give access');
    await expect.poll(() => hasAccess(['http://localhost/*'])).toBe(true);
    expect(await hasAccess(['http://*/*'])).toBe(false);
    await options.close();
    await page.reload();
    await waitForMentions(page, 2);
    await page.close();
  });

  it('asks for every site again when the reader goes back to every site', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await clickText(options, '.site-access label', 'On every site');
    await expect.poll(storedSiteAccess).toBe('every-site');
    await expect.poll(() => hasAccess(['http://*/*', 'https://*/*'])).toBe(true);
    await options.close();
    const page = await openFixture('compare.html');
    await waitForMentions(page, 2);
    await page.close();
  });
});
