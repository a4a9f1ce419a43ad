import { browser } from 'wxt/browser';
import { loadBundledDataset } from '../data/bundled';
import { createLiveData } from '../data/live-data';
import { openModelStore } from '../data/store';
import { hasUnseen } from '../data/whats-new';
import { createListener } from '../messaging/channel';
import { backgroundProtocol, type Handlers } from '../messaging/protocol';
import { sourceSettings } from '../settings/sources';
import { createLookupMenu, onLookupMenuClicked, toolbarHandlers } from '../toolbar/handlers';
import { catalogHandlers } from './catalog-handlers';
import { createPageNamesPublisher } from './page-names';
import { createRefreshAlarm } from './refresh-alarm';
import { liveSourcesOf, sourceStatusList } from './source-status';
import { createWhatsNew } from './whats-new';

/**
 * The background: keeps the dataset fresh from the live sources the reader has on, and answers
 * the extension's messages. Listeners are added at once, as a worker woken by an event needs.
 */
export function startBackground() {
  const bundled = loadBundledDataset();
  const sources = async () => liveSourcesOf(await sourceSettings.getValue());
  const live = createLiveData({ bundled: () => bundled, openStore: openModelStore, sources, now: () => new Date() });
  const news = createWhatsNew(browser);
  // Each catalog, once built, is what pages scan for: its names go to storage for them to read.
  const publishPageNames = createPageNamesPublisher(browser.storage.local);
  const current = async () => {
    const catalog = await live.current();
    void publishPageNames(catalog).catch((e: unknown) => console.warn('[ModelPeek]', e));
    return catalog;
  };
  // Each refresh, however it starts, records what it changed for What's new.
  const refreshAndRecord = async (force?: boolean) => {
    const before = (await current()).dataset;
    await live.refresh(force);
    const after = (await current()).dataset;
    await news.record(before, after, new Date()).catch((e: unknown) => console.warn('[ModelPeek]', e));
  };
  const alarm = createRefreshAlarm(browser, { ...live, refresh: refreshAndRecord }, sources);

  sourceSettings.watch(() => {
    live.sourcesChanged();
    void current();
    void alarm.schedule();
  });
  // Fresh by default: a new install (or an update) refreshes the sources that are due at once.
  browser.runtime.onInstalled.addListener(() => {
    createLookupMenu(browser);
    void alarm.refresh(false);
  });
  browser.runtime.onStartup.addListener(() => {
    void news.restore().catch((e: unknown) => console.warn('[ModelPeek]', e));
    void alarm.refresh(false);
  });

  const toolbar = toolbarHandlers(browser);
  browser.contextMenus.onClicked.addListener(onLookupMenuClicked((query) => toolbar.openLookup({ query })));

  const status = async () => sourceStatusList(await sourceSettings.getValue(), await live.state());
  const handlers: Handlers<typeof backgroundProtocol> = {
    ...catalogHandlers(current),
    ...toolbar,
    getSourceStatus: status,
    async getWhatsNew() {
      const kept = await news.read();
      return { entries: kept.entries, unseen: hasUnseen(kept) };
    },
    async markWhatsNewSeen() {
      await news.markSeen();
      return {};
    },
    refreshNow: async () => {
      await alarm.refresh(true);
      return status();
    },
  };
  browser.runtime.onMessage.addListener(
    createListener(backgroundProtocol, handlers, browser.runtime.id, browser.runtime.getURL('/')),
  );
}
