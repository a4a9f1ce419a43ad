import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
let extension: ExtensionBrowser;
let options: Page;

/** The stored preferences, read from the worker. */
function storedPreferences() {
  return extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('preferences')).preferences as Record<string, unknown> | undefined;
  });
}

beforeAll(async () => {
  extension = await launchWithExtension({ headless: true });
  options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.locator('[data-source="openrouter"]').waitFor();
});

afterAll(async () => {
  await extension?.close();
});

describe('options page settings file', () => {
  it('exports the settings as a JSON file, with a baseline chosen on the page', async () => {
    await options.getByPlaceholder('Search a model').fill('gpt-4.1 nano');
    await options.locator('.choices button').first().click();
    await expect.poll(() => options.locator('.baseline').textContent()).toContain('GPT-4.1 nano');

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const file = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
    expect(file).toMatchObject({
      modelpeekSettings: 1,
      preferences: { baselineModelId: 'openai/gpt-4.1-nano', highlightStyle: 'underline' },
      sources: { intervalHours: 12 },
    });
    await options.screenshot({ path: `${SCREENSHOTS}options-light.png`, fullPage: true });
  });

  it('imports a settings file, and refuses a broken one without changing anything', async () => {
    const file = {
      modelpeekSettings: 1,
      preferences: {
        baselineModelId: 'anthropic/claude-sonnet-4.5',
        highlightStyle: 'background',
        hoverDelayMs: 500,
        modifierKey: 'Alt',
        disabledSites: ['news.example.com'],
        paused: false,
        cardSections: { scores: true, operational: true, deltas: true, provenance: false },
      },
      sources: {
        enabled: { published: false, openrouter: false, litellm: false, custom: false },
        urls: {},
        intervalHours: 24,
      },
    };
    const input = options.locator('.transfer input[type=file]');
    await input.setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect.poll(() => options.locator('.message').textContent()).toBe('Settings imported.');
    expect(await storedPreferences()).toEqual(file.preferences);
    await expect.poll(() => options.locator('.baseline').textContent()).toContain('Claude Sonnet 4.5');
    expect(await options.locator('#sources-title ~ .refresh select').inputValue()).toBe('24');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"modelpeekSettings": 1'),
    });
    await expect.poll(() => options.locator('.message').textContent()).toContain('not JSON');
    expect(await storedPreferences()).toEqual(file.preferences);
  });
});
