import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/data/bundled';
import { type Catalog, catalogHandlers, createCatalog } from '../lib/data/catalog';
import { loadDataset } from '../lib/data/load';
import { openModelStore } from '../lib/data/store';
import { createListener } from '../lib/messaging/channel';
import { backgroundProtocol } from '../lib/messaging/protocol';

export default defineBackground(() => {
  let catalog: Promise<Catalog> | undefined;

  // The stored dataset (seeded from the bundled snapshot); the snapshot alone if storage fails.
  const current = () => {
    catalog ??= openModelStore()
      .then((store) => loadDataset(store, loadBundledDataset()))
      .catch((error: unknown) => {
        console.warn('[ModelPeek] storage unavailable, answering from the bundled snapshot', error);
        return loadBundledDataset();
      })
      .then(createCatalog);
    return catalog;
  };

  const openLookup = async ({ query }: { query: string }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#q=${encodeURIComponent(query)}`) });
    return {};
  };
  browser.runtime.onMessage.addListener(
    createListener(backgroundProtocol, { ...catalogHandlers(current), openLookup }, browser.runtime.id),
  );
  browser.runtime.onInstalled.addListener(() => void current());
  browser.runtime.onStartup.addListener(() => void current());
});
