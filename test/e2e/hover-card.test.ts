import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hoverMention, listPageModels, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

const browsing = browseFixturePages();
let page: Page;

beforeAll(async () => {
  page = await browsing.extension.context.newPage();
  await page.goto(`${browsing.server.origin}/compare.html`);
});

describe('hover card on "GPT-4.1 mini vs GPT-4.1 nano"', () => {
  it('underlines the names in the text, and nothing in fields or editors', async () => {
    const mentions = await waitForMentions(page, 3);
    // gpt-4o-mini-tts is a model of its own (GPT-4o mini TTS, a speech model), not GPT-4o mini.
    expect(mentions.map((m) => m.text)).toEqual(['GPT-4.1 mini', 'GPT-4.1 nano', 'gpt-4o-mini-tts']);
    expect(await listPageModels(browsing.extension, page)).toEqual([
      { id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', mentions: 1 },
      { id: 'openai/gpt-4.1-nano', name: 'GPT-4.1 nano', mentions: 1 },
      { id: 'openai/gpt-4o-mini-tts', name: 'GPT-4o mini TTS', mentions: 1 },
    ]);
  });

  it("shows mini's figures and its largest deltas against nano, and the rest under More", async () => {
    const card = await hoverMention(page, 'GPT-4.1 mini');
    for (const expected of [
      'GPT-4.1 mini',
      'OpenAI',
      '$0.40',
      '$1.60',
      '1.05M',
      'tok/s',
      'vs GPT-4.1 nano: stronger, at 4.0× the price',
      '4.0× the output price',
      '+23.5 Aider',
    ]) {
      expect(card).toContain(expected);
    }
    const colours = await page.evaluate(() => {
      const root = document.querySelector('modelpeek-card')?.shadowRoot;
      const colourOf = (text: string) => {
        const item = [...(root?.querySelectorAll('.delta') ?? [])].find((li) => li.textContent?.includes(text));
        return item && [item.className, getComputedStyle(item.querySelector('.delta-text') as Element).color];
      };
      return { price: colourOf('the output price'), aider: colourOf('Aider') };
    });
    expect(colours.price?.[0]).toContain('worse');
    expect(colours.aider?.[0]).toContain('better');
    expect(colours.price?.[1]).not.toBe(colours.aider?.[1]);

    await page.locator('modelpeek-card button.more').click();
    const more = (await page.locator('modelpeek-card .card').textContent()) ?? '';
    for (const expected of [
      'openai/gpt-4.1-mini',
      '$0.10',
      '65.0%',
      '84.1%',
      '+9.6 IFEval',
      '+14.7 GPQA',
      'Price: OpenRouter',
    ]) {
      expect(more).toContain(expected);
    }
    await page.locator('modelpeek-card button.more').click();
  });

  it("leaves the page's HTML as it was, apart from the card's own host element", async () => {
    const html = await page.evaluate(() => {
      const w = window as unknown as { initialBody: string; initialHead: string };
      const extra = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
      return {
        bodyUnchanged: document.body.innerHTML === w.initialBody,
        headUnchanged: document.head.innerHTML === w.initialHead,
        extra: extra.map((e) => e.tagName.toLowerCase()),
      };
    });
    expect(html).toEqual({ bodyUnchanged: true, headUnchanged: true, extra: ['modelpeek-card'] });
  });

  it("keeps the card's view, which the content script imported, out of the page's reach", async () => {
    // At the extension's fixed address a page could learn that ModelPeek is installed: Chromium
    // serves the view only at the session's own address, which runtime.getURL gives the content script.
    const fixed = `chrome-extension://${browsing.extension.extensionId}/content-scripts/card-view.js`;
    const reached = await page.evaluate(
      (url) =>
        fetch(url).then(
          (r) => `${r.status}`,
          (e: Error) => e.name,
        ),
      fixed,
    );
    expect(reached).toBe('TypeError');
    expect(await page.locator('modelpeek-card .card').count()).toBe(1);
  });

  it('closes on Escape and removes its host', async () => {
    await page.keyboard.press('Escape');
    await page.locator('modelpeek-card').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
  });
});

describe('popup', () => {
  it('finds "nano" from the focused search box and shows its figures', async () => {
    const popup = await browsing.extension.context.newPage();
    await popup.goto(`chrome-extension://${browsing.extension.extensionId}/popup.html`);
    const input = popup.locator('#model-search');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.type('nano');
    // The list settles once the last keystroke's search has answered.
    await expect.poll(() => popup.locator('#model-results').getAttribute('aria-busy')).toBe('false');
    const options = popup.locator('[role=option]');
    await expect.poll(() => options.allTextContents()).toContainEqual(expect.stringContaining('GPT-4.1 nano'));
    const texts = await options.allTextContents();
    const index = texts.findIndex((text) => text.includes('GPT-4.1 nano'));
    expect(texts[index]).toContain('$0.10 / $0.40');
    for (let i = 0; i < index; i++) await popup.keyboard.press('ArrowDown');
    expect(await options.nth(index).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('Enter');
    const card = popup.locator('.card');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('openai/gpt-4.1-nano');
    expect(text).toContain('50.3%');
    expect(text).toContain('1.05M');
    await popup.close();
  });
});
