import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

/** Tallest a card may open, in CSS pixels: its first screen. */
const COMPACT_MAX_PX = 340;

const browsing = browseFixturePages();
let page: Page;

beforeAll(async () => {
  page = await browsing.extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${browsing.server.origin}/compare.html`);
  await waitForMentions(page, 2);
});

const card = () => page.locator('modelpeek-card .card');
const cardText = async () => (await card().textContent()) ?? '';

/** The shown card's height, and whether its box overlaps the underlined name's. */
function measure(p: Page, name: string) {
  return p.evaluate((name) => {
    const highlight = CSS.highlights.get('modelpeek-mention') as unknown as Iterable<AbstractRange>;
    const painted = [...highlight].find(
      (r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === name,
    );
    if (!painted) throw new Error(`${name} is not underlined`);
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    const word = range.getBoundingClientRect();
    const shadow = document.querySelector('modelpeek-card')?.shadowRoot as ShadowRoot;
    const shown = (shadow.querySelector('.floating') as HTMLElement).getBoundingClientRect();
    const height = (shadow.querySelector('.card') as HTMLElement).getBoundingClientRect().height;
    const covers =
      word.left < shown.right && shown.left < word.right && word.top < shown.bottom && shown.top < word.bottom;
    return { height, covers };
  }, name);
}

/** Moves the pointer off every name and waits for the card to close. */
async function away(p: Page) {
  await p.mouse.move(1, 1);
  await p.locator('modelpeek-card').waitFor({ state: 'detached' });
}

describe('the compact card', () => {
  it(`opens at most ${COMPACT_MAX_PX} px tall with the verdict and the largest differences, never over the name`, async () => {
    const text = await hoverMention(page, 'GPT-4.1 mini');
    const { height, covers } = await measure(page, 'GPT-4.1 mini');
    console.log(`GPT-4.1 mini vs nano, compact: ${height.toFixed(1)} px`);
    expect(height).toBeLessThanOrEqual(COMPACT_MAX_PX);
    expect(covers).toBe(false);
    expect(text).toContain('vs GPT-4.1 nano: stronger, at 4.0× the price');
    expect(text).toContain('4.0× the output price');
    // The largest differences: Aider's +23.5 and GPQA's +14.7 outweigh the overall +14.1 (45.6 to 31.5 on the
    // eight categories both have, head to head on the common scale), which waits under More.
    expect(text).toContain('+23.5 Aider');
    expect(text).toContain('+14.7 GPQA');
    expect(text).not.toContain('overall');
    for (const later of ['openai/gpt-4.1-mini', 'Knowledge', 'Cached', 'Price: OpenRouter'])
      expect(text).not.toContain(later);
  });

  it('opens the rest with Enter, and the next card opens the same way until closed', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toContain('openai/gpt-4.1-mini');
    const text = await cardText();
    for (const more of ['Knowledge', 'Cached /1M', 'Max output', 'Price: OpenRouter', '65.0%'])
      expect(text).toContain(more);
    const { height, covers } = await measure(page, 'GPT-4.1 mini');
    console.log(`GPT-4.1 mini vs nano, with More: ${height.toFixed(1)} px`);
    expect(height).toBeGreaterThan(COMPACT_MAX_PX);
    expect(covers).toBe(false);
    await away(page);

    expect(await hoverMention(page, 'GPT-4.1 nano')).toContain('openai/gpt-4.1-nano');
    await page.locator('modelpeek-card button.more').click();
    await expect.poll(cardText).not.toContain('openai/gpt-4.1-nano');
    expect(await page.locator('modelpeek-card button.more').textContent()).toBe('More');
    await away(page);
    expect(await hoverMention(page, 'GPT-4.1 mini')).not.toContain('openai/gpt-4.1-mini');
    await away(page);
  });

  it('leaves Enter to the page when the page has the focus on something of its own', async () => {
    await page.locator('#notes').focus();
    await hoverMention(page, 'GPT-4.1 mini');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await cardText()).not.toContain('openai/gpt-4.1-mini');
    // The text field took the Enter.
    expect(await page.locator('#notes').inputValue()).toContain('\n');
    await page.locator('#notes').fill('GPT-4.1 mini in a text field');
    await page.locator('#notes').blur();
    await away(page);
  });

  it('opens from the keyboard with the focus on More, which Enter opens', async () => {
    await page.evaluate(() => {
      const text = document.getElementById('claim')?.firstChild as Text;
      document.getSelection()?.collapse(text, text.data.indexOf('GPT-4.1 mini') + 2);
    });
    await page.keyboard.press('Alt+Shift+KeyK');
    await card().waitFor();
    const more = page.locator('modelpeek-card button.more');
    const focused = () =>
      page.evaluate(() => document.querySelector('modelpeek-card')?.shadowRoot?.activeElement?.textContent);
    await expect.poll(focused).toBe('More');
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toContain('openai/gpt-4.1-mini');
    expect(await more.textContent()).toBe('Less');
    await page.keyboard.press('Enter');
    await expect.poll(cardText).not.toContain('openai/gpt-4.1-mini');
    await page.keyboard.press('Escape');
  });
});

describe('the price check', () => {
  let prices: Page;
  beforeAll(async () => {
    prices = await browsing.extension.context.newPage();
    await prices.goto(`${browsing.server.origin}/prices.html`);
    await waitForMentions(prices, 8);
  });
  const priceCheck = async (name: string) => {
    await prices.mouse.move(1, 1);
    await prices.locator('modelpeek-card').waitFor({ state: 'detached' });
    await hoverMention(prices, name);
    const line = prices.locator('modelpeek-card .price-check');
    return (await line.count()) ? line.textContent() : null;
  };

  it('says a sentence states an old price, and what it is now', async () => {
    expect(await priceCheck('GPT-4o')).toBe(
      'This page says $5.00 input; now $2.50 (OpenRouter models API, 2026-08-01)',
    );
    const { height } = await measure(prices, 'GPT-4o');
    expect(height).toBeLessThanOrEqual(COMPACT_MAX_PX);
  });

  it('says a list item’s prices match, per million written "/M in" and "/M out"', async () => {
    expect(await priceCheck('GPT-4o mini')).toBe(
      'Price on this page matches: $0.15 input, $0.60 output (OpenRouter models API, 2026-08-01)',
    );
  });

  it('ties each price of a sentence naming two models to its own model', async () => {
    expect(await priceCheck('GPT-4.1 mini')).toMatch(/^Price on this page matches: \$0\.40 input/);
    expect(await priceCheck('GPT-4.1 nano')).toBe(
      'This page says $0.05 input; now $0.10 (OpenRouter models API, 2026-08-01)',
    );
  });

  it('reads a table row with its column headers', async () => {
    expect(await priceCheck('GPT-4.1')).toMatch(/^Price on this page matches: \$2\.00 input, \$8\.00 output/);
    expect(await priceCheck('o3')).toMatch(/^This page says \$10\.00 input, \$40\.00 output; now \$2\.00, \$8\.00/);
  });

  it('says nothing where the page states no token price for the model', async () => {
    expect(await priceCheck('Claude Sonnet 4.5')).toBeNull();
    expect(await priceCheck('Gemini 2.5 Flash')).toBeNull();
  });
});
