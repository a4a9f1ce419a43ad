import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hoverMention,
  listPageModels,
  rowUnderlined,
  underlinedCount,
  underlinedTexts,
  waitForMentions,
} from '../../scripts/support/page';
import { browseFixturePages } from './fixture-pages';

const browsing = browseFixturePages();
let page: Page;

beforeAll(async () => {
  page = await browsing.extension.context.newPage();
  await page.goto(`${browsing.server.origin}/dynamic.html`);
  await waitForMentions(page, 2);
});

describe('detection on a live page', () => {
  it('underlines names in the page and in its open shadow root', async () => {
    expect(await underlinedTexts(page)).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano']);
  });

  it('underlines names in a same-origin frame, in that frame', async () => {
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    if (!frame) throw new Error('frame not loaded');
    await expect.poll(() => underlinedTexts(frame), { timeout: 10_000 }).toEqual(['Gemini 2.5 Flash']);
  });

  it('follows the page as it changes: added, edited and removed text', async () => {
    await page.evaluate(() => {
      const item = document.createElement('li');
      item.id = 'added';
      item.textContent = 'New: o4-mini for math.';
      document.getElementById('feed')?.append(item);
    });
    await expect.poll(() => underlinedTexts(page)).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano', 'o4-mini']);

    await page.evaluate(() => {
      const text = document.getElementById('added')?.firstChild as Text;
      text.data = 'New: GPT-4o mini for math.';
    });
    await expect.poll(() => underlinedTexts(page)).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano', 'GPT-4o mini']);

    await page.evaluate(() => document.getElementById('first')?.remove());
    await expect.poll(() => underlinedTexts(page)).toEqual(['Claude Sonnet 4.5', 'GPT-4o mini']);
  });

  it('follows a page that adds 150,000 nodes in one go', async () => {
    await page.evaluate(() => {
      const list = document.createElement('div');
      list.id = 'log';
      document.body.append(list);
      for (let i = 0; i < 150_000; i++) list.append(document.createElement('span'), `line ${i} `);
      list.append('Last line: Gemini 2.5 Pro answered.');
    });
    await expect.poll(() => underlinedTexts(page), { timeout: 30_000 }).toContain('Gemini 2.5 Pro');
    await page.evaluate(() => document.getElementById('log')?.remove());
  });

  it('underlines names in the shadow root a component gets when its definition loads late', async () => {
    const late = await browsing.extension.context.newPage();
    await late.goto(`${browsing.server.origin}/late-shadow.html`);
    await waitForMentions(late, 1);
    expect(await underlinedTexts(late)).toEqual(['GPT-4.1 nano']);
    await expect.poll(() => underlinedTexts(late), { timeout: 10_000 }).toEqual(['Claude Sonnet 4.5', 'GPT-4.1 nano']);
    // Its shadow root is followed as it changes, like the page.
    await late.evaluate(() => {
      const quote = document.querySelector('model-quote')?.shadowRoot?.querySelector('p') as HTMLElement;
      quote.textContent = 'Changed: o4-mini writes the summaries.';
    });
    await expect.poll(() => underlinedTexts(late)).toEqual(['GPT-4.1 nano', 'o4-mini']);
    await late.close();
  });

  it('ends with exactly the right underlines on a page that changes while its first scan runs', async () => {
    const changing = await browsing.extension.context.newPage();
    await changing.goto(`${browsing.server.origin}/appending.html`);
    await changing.waitForFunction(() => (window as unknown as { changesEndedAt?: number }).changesEndedAt, null, {
      timeout: 30_000,
    });
    const shown = await changing.evaluate(() => (window as unknown as { namesShown(): string[] }).namesShown());
    expect(shown.length).toBeGreaterThan(100);
    await expect.poll(() => underlinedTexts(changing), { timeout: 30_000 }).toEqual(shown);
    // The page did change while the first scan ran.
    const overlap = await changing.evaluate(() => {
      const scan = performance.getEntriesByName('modelpeek:first-scan')[0];
      const started = (window as unknown as { changesStartedAt: number }).changesStartedAt;
      return scan ? { scanEnd: scan.startTime + scan.duration, started } : undefined;
    });
    expect(overlap && overlap.started < overlap.scanEnd).toBe(true);
    await changing.close();
  });

  it('on a page naming 6,000 models, underlines the far ones as the reader scrolls near them, and takes back those left behind', async () => {
    const long = await browsing.extension.context.newPage();
    await long.goto(`${browsing.server.origin}/many-names.html`);
    await long.waitForFunction(() => performance.getEntriesByName('modelpeek:first-scan').length > 0, null, {
      timeout: 30_000,
    });
    // Every name is found and counted; only those in and near the viewport are underlined yet.
    const counted = await listPageModels(browsing.extension, long);
    expect(counted.find((m) => m.id === 'openai/gpt-4o')?.mentions).toBe(3_000);
    const underlined = await underlinedCount(long);
    expect(underlined).toBeGreaterThan(20);
    expect(underlined).toBeLessThan(2_000);
    expect(await underlinedTexts(long)).not.toContain('Gemini 2.5 Pro');
    // Row 1,500, far down: underlined once scrolled to.
    const row1500 = () => long.evaluate(rowUnderlined, 1_500);
    expect(await row1500()).toBe(false);
    await long.evaluate(() => document.querySelectorAll('#log p')[1_499]?.scrollIntoView());
    await expect.poll(row1500, { timeout: 10_000 }).toBe(true);
    // Scrolled to the end, the names there are underlined, and hovering one opens its card; row
    // 1,500, left far behind, gave its underlines back.
    await long.evaluate(() => document.getElementById('last')?.scrollIntoView());
    await expect.poll(() => underlinedTexts(long), { timeout: 10_000 }).toContain('Gemini 2.5 Pro');
    expect(await hoverMention(long, 'Gemini 2.5 Pro')).toContain('Gemini 2.5 Pro');
    await expect.poll(row1500, { timeout: 10_000 }).toBe(false);
    expect(await underlinedCount(long)).toBeLessThan(2_000);
    await long.close();
  });

  it('leaves text being typed alone', async () => {
    await page.evaluate(() => {
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.textContent = 'Draft: GPT-4.1 mini';
      document.body.append(editor);
    });
    await page.waitForTimeout(800);
    expect(await underlinedTexts(page)).not.toContain('GPT-4.1 mini');
  });
});
