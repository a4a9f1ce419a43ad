import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/data/bundled';
import { catalogHandlers } from '../lib/data/catalog';
import { createLiveData } from '../lib/data/live-data';
import { refreshDelayMinutes } from '../lib/data/refresh-schedule';
import { openModelStore } from '../lib/data/store';
import { createListener } from '../lib/messaging/channel';
import { backgroundProtocol } from '../lib/messaging/protocol';
import { enabledSources, sourceSettings } from '../lib/settings/sources';
import { createLookupMenu, onLookupMenuClicked, toolbarHandlers } from '../lib/toolbar/handlers';

const REFRESH_ALARM = 'refresh-live-sources';

export default defineBackground(() => {
  const bundled = loadBundledDataset();
  const live = createLiveData({
    bundled: () => bundled,
    openStore: openModelStore,
    settings: () => sourceSettings.getValue(),
    now: () => new Date(),
  });

  // The alarm runs only while a live source is on.
  const schedule = async () => {
    const settings = await sourceSettings.getValue();
    await browser.alarms.clear(REFRESH_ALARM);
    if (enabledSources(settings).length === 0) return;
    const retryAt = await live.nextDue().catch(() => undefined);
    const delayInMinutes = refreshDelayMinutes({ ...settings, retryAt, now: new Date(), random: Math.random });
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes });
  };
  const refresh = (force: boolean) =>
    live
      .refresh(force)
      .catch((e: unknown) => console.warn('[ModelPeek]', e))
      .then(schedule);

  browser.alarms.onAlarm.addListener((alarm) => alarm.name === REFRESH_ALARM && void refresh(false));
  sourceSettings.watch(() => {
    live.sourcesChanged();
    void schedule();
  });
  browser.runtime.onInstalled.addListener(() => {
    createLookupMenu(browser);
    void schedule().then(() => live.current());
  });
  browser.runtime.onStartup.addListener(() => void refresh(false));

  const toolbar = toolbarHandlers(browser);
  browser.contextMenus.onClicked.addListener(onLookupMenuClicked((query) => toolbar.openLookup({ query })));

  const handlers = {
    ...catalogHandlers(live.current),
    ...toolbar,
    getSourceStatus: () => live.status(),
    refreshNow: async () => {
      await refresh(true);
      return live.status();
    },
  };
  browser.runtime.onMessage.addListener(
    createListener(backgroundProtocol, handlers, browser.runtime.id, browser.runtime.getURL('/')),
  );
});
