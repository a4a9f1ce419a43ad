import { isSiteAllowed } from '../settings/allowed-sites';
import { type Preferences, preferences } from '../settings/preferences';

/**
 * Resolves once ModelPeek may work on this page, with the preferences that allowed it: at once,
 * unless the reader keeps it to the sites they allow and this page's site is not one of them.
 * Until then the page gets nothing but this wait (one read of the preferences and one storage
 * listener): no scan, no other listener.
 */
export function whenSiteAllowed(url: string, signal: AbortSignal): Promise<Preferences> {
  return new Promise((resolve) => {
    const check = (prefs: Preferences) => {
      if (!isSiteAllowed(prefs, url)) return;
      stop();
      resolve(prefs);
    };
    const stop = preferences.watch(check);
    signal.addEventListener('abort', stop);
    void preferences.getValue().then(check);
  });
}
