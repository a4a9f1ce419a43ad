import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { underlinedTexts, waitForMentions } from '../../scripts/support/page';
import { waitForPageNamesStored } from '../../scripts/support/page-names-read';
import { browseFixturePages } from './fixture-pages';

const browsing = browseFixturePages();
let extensionPage: Page;

/** A page of the test server with this text, served for this test alone. */
async function pageWith(path: string, text: string): Promise<Page> {
  const page = await browsing.extension.context.newPage();
  const url = `${browsing.server.origin}/${path}`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Models</title><p>${text}</p>` }),
  );
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  extensionPage = await browsing.extension.context.newPage();
  await extensionPage.goto(`chrome-extension://${browsing.extension.extensionId}/popup.html`);
  // The background keeps the names in storage once its catalog is built (on install, at the latest).
  await waitForPageNamesStored(extensionPage);
});

describe('the names a page scans for', () => {
  it('are read from storage, where the background keeps them, with the background stopped', async () => {
    // A model the bundled data lacks, added to the names in storage as a refresh would add it.
    await extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const packed = JSON.parse((await chrome.storage.local.get('pageNames')).pageNames as string);
      packed.groups.push(['acme/quillbird-7', 'Quillbird 7', 0, '0', 'Quillbird-7']);
      await chrome.storage.local.set({ pageNames: JSON.stringify(packed) });
    });
    const cdp = await browsing.extension.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const page = await pageWith('stored-names.html', 'Quillbird-7 beats GPT-4.1 nano on our tickets.');
    await waitForMentions(page, 2);
    expect(await underlinedTexts(page)).toEqual(['GPT-4.1 nano', 'Quillbird-7']);
    await page.close();
  });

  it('are asked of the background when storage has none it can read', async () => {
    await extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      await chrome.storage.local.set({ pageNames: '{"format":0}' });
    });
    const page = await pageWith('asked-names.html', 'Quillbird-7 beats GPT-4.1 nano on our tickets.');
    await waitForMentions(page, 1);
    expect(await underlinedTexts(page)).toEqual(['GPT-4.1 nano']);
    await page.close();
  });
});
