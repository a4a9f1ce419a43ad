import type { LiveSources } from '../data/live-data';
import type { RefreshState } from '../data/refresh';
import type { SourceStatusList } from '../messaging/protocol';
import { enabledSources, LIVE_SOURCES, type SourceSettings, sourceUrl } from '../settings/sources';

/** What the live data needs of the reader's source settings: the sources on, their addresses, how often. */
export function liveSourcesOf(settings: SourceSettings): LiveSources {
  return { enabled: enabledSources(settings), intervalHours: settings.intervalHours };
}

/** Every live source as the options page shows it: the reader's settings beside how its refreshing stands. */
export function sourceStatusList(settings: SourceSettings, state: RefreshState): SourceStatusList {
  return {
    intervalHours: settings.intervalHours,
    sources: LIVE_SOURCES.map((info) => {
      const source = state[info.id];
      return {
        id: info.id,
        name: info.name,
        description: info.description,
        enabled: settings.enabled[info.id],
        url: sourceUrl(settings, info.id),
        lastSuccess: source?.lastSuccess,
        lastAttempt: source?.lastAttempt,
        nextAttempt: source?.nextAttempt,
        lastError: source?.lastError,
        needsAccess: source?.needsAccess,
      };
    }),
  };
}
