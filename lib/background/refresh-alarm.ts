import type { browser as extensionBrowser } from 'wxt/browser';
import type { createLiveData, LiveSources } from '../data/live-data';
import { refreshDelayMinutes } from '../data/refresh-schedule';

const REFRESH_ALARM = 'refresh-live-sources';

type Browser = typeof extensionBrowser;
type LiveData = ReturnType<typeof createLiveData>;

/**
 * The scheduled refresh: one alarm, set only while a live source is on, for when the next one is
 * due (the jittered interval, or sooner for a failed source's retry).
 */
export function createRefreshAlarm(browser: Browser, live: LiveData, sources: () => Promise<LiveSources>) {
  const schedule = async () => {
    const { enabled, intervalHours } = await sources();
    await browser.alarms.clear(REFRESH_ALARM);
    if (enabled.length === 0) return;
    const retryAt = await live.nextDue().catch(() => undefined);
    const delayInMinutes = refreshDelayMinutes({ intervalHours, retryAt, now: new Date(), random: Math.random });
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes });
  };
  /** Refreshes the sources that are due (all of them when forced), then sets the next alarm; failures are logged. */
  const refresh = (force: boolean) =>
    live
      .refresh(force)
      .catch((e: unknown) => console.warn('[ModelPeek]', e))
      .then(schedule);
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === REFRESH_ALARM && void refresh(false));
  return { schedule, refresh };
}
