import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const PAIR = 'openai/gpt-4.1-mini,openai/gpt-4.1-nano';

let extension: ExtensionBrowser;
let page: Page;
const compareUrl = (hash: string) => `chrome-extension://${extension.extensionId}/compare.html#${hash}`;
const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';
const chipIds = () => page.locator('.chip').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-model')));
const rowIds = () =>
  page.locator('.sortable tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model')));

beforeAll(async () => {
  extension = await launchWithExtension({ headless: true });
  page = await extension.context.newPage();
  await page.goto(compareUrl(PAIR));
  await page.locator('.verdict-text').waitFor();
});

afterAll(async () => {
  await extension?.close();
});

describe('head-to-head page: GPT-4.1 mini vs GPT-4.1 nano', () => {
  it('shows both models’ prices, with the cheaper one marked in words', async () => {
    expect(await text('h1')).toBe('GPT-4.1 mini vs GPT-4.1 nano');
    expect(await page.title()).toBe('GPT-4.1 mini vs GPT-4.1 nano · ModelPeek');
    const input = await text('[data-figure=input]');
    expect(input).toContain('$0.40');
    expect(input).toContain('$0.10');
    const output = await text('[data-figure=output]');
    expect(output).toContain('$1.60');
    expect(output).toContain('$0.40');
    expect(output).toContain('GPT-4.1 nano: 4.0× cheaper');
    expect(await text('[data-figure=output] td.best')).toContain('better');
    const blended = await text('[data-figure=blended]');
    expect(blended).toContain('$0.70');
    expect(blended).toContain('$0.175');
    expect(output).toContain('OpenRouter models API, 2026-08-01');
  });

  it('shows scores with their sources, the category differences and the biggest swing', async () => {
    const gpqa = await text('[data-benchmark=gpqa-diamond]');
    expect(gpqa).toContain('65.0%');
    expect(gpqa).toContain('50.3%');
    expect(gpqa).toContain('+14.7');
    expect(gpqa).toContain('OpenAI simple-evals benchmark results, 2025-07-09');
    expect(await text('.scores tbody tr:nth-child(2)')).toContain('+11.0');
    expect(await text('.swing')).toBe('τ²-bench: GPT-4.1 mini 52.9% vs GPT-4.1 nano 17.3% (+35.6 points)');
    expect(await text('[data-benchmark=swe-bench-verified]')).toContain('no data');
  });

  it('gives the verdict and the "which is better for" answers', async () => {
    expect(await text('.verdict-text')).toBe(
      'GPT-4.1 mini if agentic work matters most; GPT-4.1 nano for the cheaper token bill and speed — about 4.0× cheaper on output, 2.1× faster output.',
    );
    expect(await text('[data-topic=knowledge]')).toContain('GPT-4.1 mini, by 11.0 points');
    expect(await text('[data-topic=price]')).toContain('GPT-4.1 nano, 4.0× cheaper at your token mix');
  });

  it('draws the radar chart with one polygon per model', async () => {
    expect(await page.locator('.radar svg[role=img]').count()).toBe(1);
    expect(await page.locator('.radar svg polygon.radar-shape').count()).toBe(2);
    expect(await page.locator('.radar svg .radar-label').allTextContents()).toEqual([
      'knowledge',
      'reasoning',
      'math',
      'coding',
      'agentic work',
      'instruction following',
      'multimodal input',
      'multilingual work',
    ]);
  });

  it('answers "Which is better" and "Which is better for …" in plain words from the figures', async () => {
    const questions = await page.locator('.faq dt').allTextContents();
    expect(questions).toContain('Which is better, GPT-4.1 mini or GPT-4.1 nano?');
    expect(questions).toContain('Which is better for knowledge, GPT-4.1 mini or GPT-4.1 nano?');
    expect(await text('.faq dd')).toMatch(
      /^GPT-4\.1 mini scores higher on the 8 categories both have data for, 45\.7 to 31\.7\./,
    );
  });

  it('offers at least four related comparisons, each opening its own', async () => {
    const links = page.locator('.related a');
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(4);
    const [first] = await links.allTextContents();
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^#[a-z0-9-]+\/[^,]+,[a-z0-9-]+\/.+$/);
    await links.first().click();
    await expect.poll(() => text('h1')).toBe(first);
    expect(await page.evaluate(() => location.hash)).toBe(href);
    await page.goBack();
    await expect.poll(() => text('h1')).toBe('GPT-4.1 mini vs GPT-4.1 nano');
  });

  it('estimates the monthly bill and highlights the cheapest', async () => {
    expect(await text('.cost tr.best')).toContain('GPT-4.1 nano');
    expect(await text('.cost tr.best')).toContain('$23.20');
    expect(await text('.cost [data-model="openai/gpt-4.1-mini"]')).toContain('$92.80');
  });

  it('saves screenshots in light and dark', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.screenshot({ path: `${SCREENSHOTS}compare-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.screenshot({ path: `${SCREENSHOTS}compare-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('changing the selection', () => {
  it('adds a model from the search box with the keyboard, and keeps the hash in sync', async () => {
    // One input event: results of a half-typed query cannot arrive after the full one's.
    await page.locator('#compare-add').fill('gpt-4.1');
    const options = page.locator('#compare-results [role=option]');
    await expect.poll(() => options.locator('.result-id').allTextContents()).toContain('openai/gpt-4.1');
    const ids = await options.locator('.result-id').allTextContents();
    expect(ids).not.toContain('openai/gpt-4.1-mini');
    for (let i = 0; i < ids.indexOf('openai/gpt-4.1'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${PAIR},openai/gpt-4.1`);
    await page.locator('.sortable').waitFor();
    expect(await rowIds()).toEqual(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'openai/gpt-4.1']);
  });

  it('sorts the three-model table by a header, with Enter or a click, and says so in aria-sort', async () => {
    const output = page.locator('th[data-column=output]');
    expect(await output.getAttribute('aria-sort')).toBe('none');
    await output.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await output.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowIds()).toEqual(['openai/gpt-4.1-nano', 'openai/gpt-4.1-mini', 'openai/gpt-4.1']);
    await output.locator('button').click();
    expect(await output.getAttribute('aria-sort')).toBe('descending');
    expect(await rowIds()).toEqual(['openai/gpt-4.1', 'openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']);
    await page.locator('th[data-column=speed] button').click();
    expect(await output.getAttribute('aria-sort')).toBe('none');
    expect(await rowIds()).toEqual(['openai/gpt-4.1-nano', 'openai/gpt-4.1', 'openai/gpt-4.1-mini']);
    expect(await text('.sortable tbody tr:first-child')).toContain('185 tok/s');
    await page.screenshot({ path: `${SCREENSHOTS}compare-table-light.png`, fullPage: true });
  });

  it('shows the same selection after a reload of the URL', async () => {
    await page.reload();
    await page.locator('.sortable').waitFor();
    expect(await chipIds()).toEqual(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'openai/gpt-4.1']);
  });

  it('removes a model and goes back to the head-to-head', async () => {
    await page.getByRole('button', { name: 'Remove GPT-4.1', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${PAIR}`);
    await page.locator('.verdict-text').waitFor();
    expect(await chipIds()).toEqual(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano']);
    await page.goto(compareUrl(PAIR));
    await page.reload();
    await page.locator('.verdict-text').waitFor();
    expect(await text('h1')).toBe('GPT-4.1 mini vs GPT-4.1 nano');
  });
});

describe('more models than a comparison holds', () => {
  it('shows the first ten and says how many were asked for', async () => {
    const ids = [
      'openai/gpt-4.1-mini',
      'openai/gpt-4.1-nano',
      'openai/gpt-4.1',
      'openai/gpt-4o',
      'openai/gpt-4o-mini',
      'openai/o3',
      'anthropic/claude-sonnet-4.5',
      'google/gemini-2.5-flash',
      'meta-llama/llama-3.1-8b-instruct',
      'meta-llama/llama-3.1-70b-instruct',
      'meta-llama/llama-3.1-405b-instruct',
      'openai/gpt-4o-2024-05-13',
    ];
    await page.goto(compareUrl(ids.join(',')));
    await page.locator('.sortable').waitFor();
    expect(await chipIds()).toEqual(ids.slice(0, 10));
    expect(await text('.fewer')).toBe(
      'Showing the first 10 of the 12 models asked for: a comparison holds at most 10.',
    );
    await page.goto(compareUrl(PAIR));
    await page.reload();
    await page.locator('.verdict-text').waitFor();
    expect(await page.locator('.fewer').count()).toBe(0);
  });
});
