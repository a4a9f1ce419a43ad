import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';

/** The dataset's series and status, as the comparison page and the popup's search show them. */
let extension: ExtensionBrowser;
let page: Page;
const compareUrl = (ids: string) => `chrome-extension://${extension.extensionId}/compare.html#${ids}`;

beforeAll(async () => {
  extension = await launchWithExtension({ headless: true });
  page = await extension.context.newPage();
});

afterAll(async () => {
  await extension?.close();
});

describe('series and status beyond the card', () => {
  it('says GPT-4.1 mini and nano are siblings, and offers GPT-4.1, a tier up', async () => {
    await page.goto(compareUrl('openai/gpt-4.1-mini,openai/gpt-4.1-nano'));
    await page.locator('.verdict-text').waitFor();
    await expect.poll(() => page.locator('.sibling').textContent()).toBe('Sibling matchup inside the GPT-4.1 family');
    const pairs = await page
      .locator('.related li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-pair')));
    expect(pairs).toContain('openai/gpt-4.1-mini,openai/gpt-4.1');
    expect(pairs.length).toBeGreaterThanOrEqual(4);
  });

  it('says GPT-4 32K is retired on the comparison page, its prices its last list prices', async () => {
    await page.goto(compareUrl('openai/gpt-4-32k,openai/gpt-4o-mini'));
    await page.locator('.verdict-text').waitFor();
    expect(await page.locator('.statuses .retired').textContent()).toMatch(/^GPT-4 32K: Retired on \d{4}-\d\d-\d\d/);
    expect(await page.locator('[data-figure=input]').textContent()).toContain('$60.00 (last list price)');
  });

  it('says so in the popup’s search results', async () => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.locator('#model-search').fill('text-davinci-003');
    const result = popup.locator('[role=option]', { hasText: 'text-davinci-003' }).first();
    await expect.poll(() => result.locator('.result-status').textContent()).toMatch(/^retired/);
    await popup.close();
  });
});
