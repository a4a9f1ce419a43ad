import { browser } from 'wxt/browser';
import { loadBundledDataset } from '../data/bundled';
import { createLiveData } from '../data/live-data';
import { openModelStore } from '../data/store';
import { createListener } from '../messaging/channel';
import { backgroundProtocol, type Handlers } from '../messaging/protocol';
import { sourceSettings } from '../settings/sources';
import { createLookupMenu, onLookupMenuClicked, toolbarHandlers } from '../toolbar/handlers';
import { catalogHandlers } from './catalog-handlers';
import { createRefreshAlarm } from './refresh-alarm';
import { liveSourcesOf, sourceStatusList } from './source-status';

/**
 * The background: keeps the dataset fresh from the live sources the reader has on, and answers
 * the extension's messages. Listeners are added at once, as a worker woken by an event needs.
 */
export function startBackground() {
  const bundled = loadBundledDataset();
  const sources = async () => liveSourcesOf(await sourceSettings.getValue());
  const live = createLiveData({ bundled: () => bundled, openStore: openModelStore, sources, now: () => new Date() });
  const alarm = createRefreshAlarm(browser, live, sources);

  sourceSettings.watch(() => {
    live.sourcesChanged();
    void alarm.schedule();
  });
  // Fresh by default: a new install (or an update) refreshes the sources that are due at once.
  browser.runtime.onInstalled.addListener(() => {
    createLookupMenu(browser);
    void alarm.refresh(false);
  });
  browser.runtime.onStartup.addListener(() => void alarm.refresh(false));

  const toolbar = toolbarHandlers(browser);
  browser.contextMenus.onClicked.addListener(onLookupMenuClicked((query) => toolbar.openLookup({ query })));

  const status = async () => sourceStatusList(await sourceSettings.getValue(), await live.state());
  const handlers: Handlers<typeof backgroundProtocol> = {
    ...catalogHandlers(live.current),
    ...toolbar,
    getSourceStatus: status,
    refreshNow: async () => {
      await alarm.refresh(true);
      return status();
    },
  };
  browser.runtime.onMessage.addListener(
    createListener(backgroundProtocol, handlers, browser.runtime.id, browser.runtime.getURL('/')),
  );
}
