import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const browsing = browseFixturePages();

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browsing.extension.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`${browsing.server.origin}/${path}`);
  await waitForMentions(page, 2);
  return page;
}

/** The card's and a name's boxes, and the viewport. */
function boxes(page: Page, text: string) {
  return page.evaluate((text) => {
    const highlight = CSS.highlights.get('modelpeek-mention') as unknown as Iterable<AbstractRange>;
    const painted = [...highlight].find(
      (r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === text,
    );
    if (!painted) throw new Error(`${text} is not underlined`);
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    const shadow = document.querySelector('modelpeek-card')?.shadowRoot;
    const card = shadow?.querySelector('.card') as HTMLElement;
    // What shows: the card's container, which scrolls a card taller than the room it has.
    const visible = shadow?.querySelector('.floating') as HTMLElement;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      word: box(range.getBoundingClientRect()),
      card: box(visible.getBoundingClientRect()),
      viewport: { width: innerWidth, height: innerHeight },
      cardBackground: getComputedStyle(card).backgroundColor,
      cardFontSize: getComputedStyle(card).fontSize,
    };
  }, text);
}

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the card on any page', () => {
  it.each([['GPT-4o'], ['o4-mini'], ['GPT-4.1 nano'], ['GPT-4.1 mini']])(
    'stays inside the viewport and never covers %s at a corner',
    async (name) => {
      const page = await open('edges.html');
      await page.setViewportSize({ width: 900, height: 700 });
      await hoverMention(page, name);
      const { word, card, viewport } = await boxes(page, name);
      expect(overlaps(word, card)).toBe(false);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(viewport.width);
      expect(card.bottom).toBeLessThanOrEqual(viewport.height);
      await page.close();
    },
  );

  it('keeps its own look on a page that resets every style', async () => {
    const page = await open('hostile.html');
    const before = await page.evaluate(() => document.body.innerHTML);
    const text = await hoverMention(page, 'GPT-4.1 mini');
    expect(text).toContain('4.0× the output price');
    const { word, card, cardFontSize } = await boxes(page, 'GPT-4.1 mini');
    expect(cardFontSize).toBe('13px');
    expect(overlaps(word, card)).toBe(false);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('stays open while the pointer goes to it, closes after the grace, and re-entering keeps it', async () => {
    const page = await open('compare.html');
    await hoverMention(page, 'GPT-4.1 mini');
    const card = page.locator('modelpeek-card .card');
    const box = await card.boundingBox();
    if (!box) throw new Error('no card');
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await card.isVisible()).toBe(true);
    // Off the card, then back within the grace: still open.
    await page.mouse.move(box.x + box.width + 60, box.y + box.height + 60);
    await page.waitForTimeout(100);
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);
    // Away for good: closed after the grace.
    await page.mouse.move(box.x + box.width + 60, box.y + box.height + 60);
    await page.locator('modelpeek-card').waitFor({ state: 'detached', timeout: 3_000 });
    await page.close();
  });

  it('follows the system theme, and a dark page, and saves both screenshots', async () => {
    const light = await open('compare.html', 'light');
    await hoverMention(light, 'GPT-4.1 mini');
    const lightBackground = (await boxes(light, 'GPT-4.1 mini')).cardBackground;
    await light.screenshot({ path: `${SCREENSHOTS}card-light.png` });
    await light.close();

    const dark = await open('compare.html', 'dark');
    await hoverMention(dark, 'GPT-4.1 mini');
    const darkBackground = (await boxes(dark, 'GPT-4.1 mini')).cardBackground;
    await dark.close();
    expect(darkBackground).not.toBe(lightBackground);

    // A dark page on a light system: the card follows the page.
    const darkPage = await open('dark.html', 'light');
    await hoverMention(darkPage, 'GPT-4.1 mini');
    expect((await boxes(darkPage, 'GPT-4.1 mini')).cardBackground).toBe(darkBackground);
    await darkPage.screenshot({ path: `${SCREENSHOTS}card-dark.png` });
    await darkPage.close();
  });
});
