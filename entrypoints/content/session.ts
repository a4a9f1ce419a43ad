import { browser } from 'wxt/browser';
import { DEFAULT_TOKEN_MIX } from '../../lib/compare/cost';
import type { PageModel } from '../../lib/messaging/page-protocol';
import { askBackgroundFromPage as askBackground } from '../../lib/messaging/page-transport';
import { CARD_VIEW_FILE } from '../../lib/page/card-view-file';
import { readPageNames } from '../../lib/page/page-names';
import { startPageRuntime } from '../../lib/page/runtime';
import { isActiveOn, type Preferences, preferences } from '../../lib/settings/preferences';
import { readTokenMix, watchTokenMix } from '../../lib/settings/token-mix';

type Runtime = Awaited<ReturnType<typeof startPageRuntime>>;

/** The card's view, a module of its own (card-view.tsx; built by wxt.config.ts as CARD_VIEW_FILE). */
function loadCardView(): Promise<typeof import('./card-view')> {
  return import(/* @vite-ignore */ browser.runtime.getURL(`/${CARD_VIEW_FILE}` as '/'));
}

/**
 * ModelPeek on this page while the reader wants it here: started unless paused or the site is
 * listed, stopped and started again as those preferences change, with every other preference
 * applied live.
 */
export async function startSession(signal: AbortSignal, initial: Preferences, onModelsChanged?: () => void) {
  let prefs = initial;
  // The token mix is for the card: read meanwhile, and not waited for. A change wins over the read.
  let tokenMix = DEFAULT_TOKEN_MIX;
  let mixChanged = false;
  readTokenMix().then(
    (mix) => {
      if (!mixChanged) tokenMix = mix;
    },
    (error: unknown) => console.warn('[ModelPeek] could not read the token mix', error),
  );
  const unwatchMix = watchTokenMix((mix) => {
    tokenMix = mix;
    mixChanged = true;
  });
  // The names to scan for, read from storage (lib/page/page-names.ts); for the first run at once
  // when the page is in view, while the rest starts. A hidden tab reads them when it is shown.
  const readNames = () => readPageNames(browser.storage.local, () => askBackground('getAliasIndex', {}));
  let early = isActiveOn(prefs, location.href) && document.visibilityState === 'visible' ? readNames() : undefined;
  early?.catch(() => undefined);
  let run: { stop: AbortController; runtime?: Runtime } | undefined;

  const start = () => {
    const current: { stop: AbortController; runtime?: Runtime } = { stop: new AbortController() };
    run = current;
    return startPageRuntime({
      doc: document,
      signal: AbortSignal.any([signal, current.stop.signal]),
      background: {
        getAliasIndex: () => {
          const answer = early ?? readNames();
          early = undefined;
          return answer;
        },
        lookupModels: (ids) => askBackground('lookupModels', { ids }),
        lookupSeries: (id) => askBackground('lookupSeries', { id }),
      },
      loadCardView: () =>
        loadCardView().then((view) =>
          view.createCardView({
            tokenMix: () => tokenMix,
            onLookup: (query) => void askBackground('openLookup', { query }),
            onCompare: (ids) => void askBackground('openCompare', { ids }),
            onCopyId: (id) => navigator.clipboard.writeText(id),
            onSetBaseline: (id) =>
              void preferences.getValue().then((p) => preferences.setValue({ ...p, baselineModelId: id })),
          }),
        ),
      preferences: () => prefs,
      onUpdate: onModelsChanged,
    }).then(
      (runtime) => {
        current.runtime = runtime;
      },
      (error: unknown) => console.warn('[ModelPeek] could not start on this page', error),
    );
  };

  const unwatch = preferences.watch((next) => {
    prefs = next ?? prefs;
    const wanted = isActiveOn(prefs, location.href);
    if (wanted && !run) void start();
    else if (!wanted && run) {
      run.stop.abort();
      run = undefined;
      early = undefined;
      onModelsChanged?.();
    } else run?.runtime?.applyPreferences();
  });
  signal.addEventListener('abort', () => {
    unwatch();
    unwatchMix();
  });
  // The first run is awaited: what the page names is known once this returns.
  if (isActiveOn(prefs, location.href)) await start();

  return {
    /** The known models this page names; none while ModelPeek is off here or still starting. */
    listPageModels(): PageModel[] {
      return run?.runtime?.listPageModels() ?? [];
    },
    /** How many known models this page names (what the badge shows), without listing them. */
    countPageModels(): number {
      return run?.runtime?.modelCounts.size ?? 0;
    },
  };
}
