import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

/**
 * One page with every kind of card: a model compared with its neighbour, a series, a price the
 * page states, a retired model, a model of a series the dataset does not list, and a variant.
 */
const browsing = browseFixturePages();
let page: Page;

beforeAll(async () => {
  page = await browsing.extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${browsing.server.origin}/card-kinds.html`);
  // GPT-4.1 mini, GPT-4.1 nano and GPT-4o at least; each test waits for its own name.
  await waitForMentions(page, 3);
});

const shadow = (selector: string) => page.locator(`modelpeek-card ${selector}`);

/** Hovers a name (after leaving any other) and gives its card's text. */
async function cardOf(name: string): Promise<string> {
  await page.mouse.move(1, 1);
  await page.locator('modelpeek-card').waitFor({ state: 'detached' });
  return hoverMention(page, name);
}

describe('every kind of card on one page', () => {
  it('opens GPT-4.1 mini at most 340 px tall, with its price ratio to nano', async () => {
    expect(await cardOf('GPT-4.1 mini')).toContain('4.0×');
    const height = await shadow('.card').evaluate((card) => card.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(340);
  });

  it('lists the Llama 3.1 series with 8B, 70B and 405B and their prices; a row opens its card', async () => {
    await cardOf('Llama 3.1');
    const rows = await shadow('.members tbody tr').allTextContents();
    for (const size of ['8B', '70B', '405B']) {
      // The series also lists the base (pretrained) models, which no one serves at a list price.
      const priced = rows.find((text) => text.includes(size) && /\$\d+\.\d+ \/ \$\d+\.\d+/.test(text));
      expect(priced, `a priced row for ${size} in ${rows.join(' | ')}`).toBeDefined();
    }
    expect(await shadow('.mark-tag').allTextContents()).toContain('cheapest');
    await shadow('button.member').filter({ hasText: '70B' }).first().click();
    await expect.poll(async () => (await shadow('.card h2').textContent()) ?? '').toMatch(/Llama 3\.1 70B/);
  });

  it('says the page states an old price for GPT-4o, and what it is now', async () => {
    await cardOf('GPT-4o');
    const line = (await shadow('.price-check').textContent()) ?? '';
    expect(line).toContain('page says $5.00 input');
    expect(line).toMatch(/now \$\d+\.\d\d/);
  });

  it('says text-davinci-003 was retired, and shows its last list prices as such', async () => {
    const text = await cardOf('text-davinci-003');
    expect(await shadow('.status').textContent()).toMatch(/^Retired/);
    expect(text).toContain('Last input$20.00');
  });

  it('says code-davinci-002 was retired, and that it has no last list price', async () => {
    const text = await cardOf('code-davinci-002');
    expect(await shadow('.status').textContent()).toMatch(/^Retired/);
    // The dataset has no cited price for it: the card says so rather than show another's.
    expect(text).toContain('Last inputno data');
  });

  it('shows the OLMo 2 series for OLMo-2-1124-13B, which the dataset does not list, and says so', async () => {
    const text = await cardOf('OLMo-2-1124-13B');
    expect(await shadow('.card h2').textContent()).toBe('OLMo 2');
    expect(await shadow('.unlisted').textContent()).toContain('OLMo-2-1124-13B: not in the dataset.');
    expect(text).toContain('32B');
  });

  it("names the abliterated fine-tune a variant of Llama 3.1 8B, with the base's figures marked as the base's", async () => {
    // As much of the name as detection takes in (with or without its publisher).
    const mentions = await waitForMentions(page, 4);
    const written = mentions.find((m) => m.text.includes('abliterated'))?.text;
    expect(written, mentions.map((m) => m.text).join(', ')).toBeDefined();
    const text = await cardOf(written as string);
    expect(text.toLowerCase()).toContain('variant of llama 3.1 8b');
    expect(text).toContain('abliterated');
    expect(await shadow('section.base').getAttribute('aria-label')).toMatch(/^Llama 3\.1 8B.*'s figures$/);
  });
});
