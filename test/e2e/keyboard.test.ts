import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

const browsing = browseFixturePages();
let page: Page;

const card = () => page.locator('modelpeek-card .card');
const announced = () => page.locator('modelpeek-card .live').textContent();

beforeAll(async () => {
  page = await browsing.extension.context.newPage();
  await page.goto(`${browsing.server.origin}/compare.html`);
  await waitForMentions(page, 2);
});

describe('the card from the keyboard', () => {
  it('opens for the name under the selection, takes focus and reads a summary', async () => {
    await page.evaluate(() => {
      const text = document.getElementById('claim')?.firstChild as Text;
      const at = text.data.indexOf('GPT-4.1 mini') + 3;
      document.getSelection()?.collapse(text, at);
    });
    await page.keyboard.press('Alt+Shift+KeyK');
    await card().waitFor();
    expect(await card().textContent()).toContain('GPT-4.1 mini');
    await expect.poll(announced).toContain('GPT-4.1 mini: $0.40 input and $1.60 output per million tokens');
    expect(await announced()).toContain('Compared with GPT-4.1 nano:');
    expect(await announced()).toContain('4.0× the output price');
    const focused = await page.evaluate(
      () => document.querySelector('modelpeek-card')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focused).toBe('More');
  });

  it('moves to the next name on the page, and closes on Escape', async () => {
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(async () => (await card().textContent()) ?? '').toContain('GPT-4.1 nano');
    await expect.poll(announced).toContain('GPT-4.1 nano:');
    await page.keyboard.press('Escape');
    await page.locator('modelpeek-card').waitFor({ state: 'detached' });
  });
});

describe('switching the compared model in the card', () => {
  it('compares with another model of the page when the reader picks it', async () => {
    const three = await browsing.extension.context.newPage();
    await three.goto(`${browsing.server.origin}/three.html`);
    await waitForMentions(three, 3);
    const text = await hoverMention(three, 'GPT-4.1 mini');
    expect(text).toContain('vs GPT-4.1 nano');
    // The target switch is under More.
    await three.locator('modelpeek-card button.more').click();
    await three.locator('modelpeek-card .target-switch select').selectOption('openai/gpt-4o');
    await expect
      .poll(async () => (await three.locator('modelpeek-card .card').textContent()) ?? '')
      .toContain('vs GPT-4o');
    expect(await three.locator('modelpeek-card .card').textContent()).not.toContain('vs GPT-4.1 nano');
    await three.close();
  });
});
